package org.archivelistings.pages;

import java.util.List;
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

    private DateLineShape() {}

    static boolean isDate(String key) {
        if (key.isEmpty() || key.length() > 20) {
            return false;
        }
        char c = key.charAt(0);
        return (Character.isDigit(c) || "jfmasondJFMASOND".indexOf(c) >= 0)
                && DATE.matcher(key).matches();
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
