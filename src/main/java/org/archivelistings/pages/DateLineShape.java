package org.archivelistings.pages;

import java.util.regex.Pattern;

/**
 * Whether a line has the shape of a listing's date line. Only the shapes listing pages print
 * ({@code September 01, 1956}, {@code September 1, 1956}, {@code October 1976}, {@code October, 1966},
 * {@code 1971}): deciding what a date means is the dates package's job; here the shape only tells where
 * a record starts.
 */
final class DateLineShape {
    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DATE = Pattern.compile(MONTH + "(?: \\d{1,2})?,? \\d{4}|\\d{4}");
    /** What the end of a cut excerpt can leave of a date line: "Octo", "October 05, 195". */
    private static final Pattern DATE_PREFIX = Pattern.compile("[A-Z][a-z]{0,8}(?: \\d{1,2}(?:,(?: \\d{0,3})?)?| \\d{1,3})?");

    private DateLineShape() {}

    static boolean isDate(String line) {
        String s = line.strip();
        return s.length() <= 20 && !s.isEmpty() && DATE.matcher(s).matches();
    }

    /** True when {@code line}, the last of a cut text, can be the beginning of a date line. */
    static boolean isCutDate(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 20 || !DATE_PREFIX.matcher(s).matches()) {
            return false;
        }
        String word = s.split(" ")[0];
        return MONTH_NAMES.stream().anyMatch(m -> m.startsWith(word));
    }

    private static final java.util.List<String> MONTH_NAMES = java.util.List.of("January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December");
}
