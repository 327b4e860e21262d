package org.archivelistings.pages;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a line has the shape of a listing's date line. Only the shapes listing pages print
 * ({@code September 01, 1956}, {@code September 1, 1956}, {@code October 1976}, {@code October, 1966},
 * {@code 1971}), in any case: deciding what a date means is the dates package's job; here the shape only
 * tells where a record starts. Works on lines with single spaces ({@link LineText#key} forms, or plain lines).
 */
final class DateLineShape {
    private static final String MONTH =
            "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final Pattern DATE =
            Pattern.compile(MONTH + "(?: \\d{1,2})?,? \\d{4}|\\d{4}", Pattern.CASE_INSENSITIVE);
    /** What the end of a cut excerpt can leave of a date line: "octo", "october 05, 195". */
    private static final Pattern DATE_PREFIX =
            Pattern.compile("[a-z]{1,9}(?: \\d{1,2}(?:,(?: \\d{0,3})?)?| \\d{1,3})?");
    private static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private static final int LONGEST = 40;
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter", "early",
            "mid", "middle", "late", "end", "beginning", "of", "the", "and", "or", "to", "ca", "c", "circa", "about",
            "before", "after", "between", "approximately");

    private DateLineShape() {}

    static boolean isDate(String key) {
        if (key.isEmpty() || key.length() > LONGEST) {
            return false;
        }
        char c = key.charAt(0);
        if (key.length() <= 20 && (Character.isDigit(c) || "jfmasondJFMASOND".indexOf(c) >= 0)
                && DATE.matcher(key).matches()) {
            return true;
        }
        return isDateWords(key);
    }

    /**
     * The wider family of date lines ("Spring 1956", "ca. 1960", "1950s", "Sept. 3, 1961", "June-July
     * 1962", "[1956]"): a short line made only of date words, day numbers and a year (or decade), so that
     * a date line of a shape not listed above still starts a record instead of joining the one before.
     */
    private static boolean isDateWords(String s) {
        boolean year = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int j = i + 1;
            if (Character.isDigit(c)) {
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j - i == 4) {
                    year = true;
                    if (j < n && s.charAt(j) == 's') {
                        j++; // a decade
                    }
                } else if (j - i > 2) {
                    return false;
                }
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                if (!DATE_WORDS.contains(s.substring(i, j).toLowerCase(Locale.ROOT))) {
                    return false;
                }
            } else if (" ,.-–/[]()?~".indexOf(c) < 0) {
                return false;
            }
            i = j;
        }
        return year;
    }

    /** True when {@code key} (lower case), the last line of a cut text, can be the beginning of a date line. */
    static boolean isCutDate(String key) {
        if (key.isEmpty() || key.length() > 20 || !DATE_PREFIX.matcher(key).matches()) {
            return false;
        }
        int space = key.indexOf(' ');
        String word = space < 0 ? key : key.substring(0, space);
        return MONTH_NAMES.stream().anyMatch(m -> m.startsWith(word));
    }
}
