package org.archivelistings.pages;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives each line its {@link LineKind} from its own text, the same whatever the layout. */
final class LineClassifier {
    /** Longer lines are text: no chrome line, date line or counter is this long. */
    private static final int LONGEST_SHAPE = 64;
    private static final Pattern COUNTER = Pattern.compile("(\\d[\\d,]*) ?[-–] ?(\\d[\\d,]*) (?i:of) (\\d[\\d,]*)");

    private final SiteChrome chrome;

    LineClassifier(SiteChrome chrome) {
        this.chrome = chrome;
    }

    /** {@code lastOfCutText}: the line is the page's last and the text stops inside it. */
    LineKind classify(String text, boolean lastOfCutText) {
        String content = LineSource.stripStart(text);
        if (content.startsWith(SiteChrome.BULLET)) {
            return LineKind.BULLET;
        }
        int length = content.length();
        if (length > LONGEST_SHAPE) {
            return LineKind.TEXT;
        }
        // Most short lines are titles in plain ASCII: they are looked up as they are, lower-cased only when
        // their length is a chrome line's; the key (spaces folded) is built only for lines that need it.
        String key = isPlain(content) ? null : LineText.key(content);
        int keyLength = key == null ? length : key.length();
        if (chrome.hasLength(keyLength)) {
            String lower = key != null ? key : content.toLowerCase(Locale.ROOT);
            if (lower.equals(SiteChrome.SEPARATOR)) {
                return LineKind.SEPARATOR;
            }
            if (chrome.contains(lower)) {
                return switch (lower) {
                    case SiteChrome.SKIP -> LineKind.SKIP_CHROME;
                    case SiteChrome.POPULAR, SiteChrome.TIMELINE -> LineKind.LIST_HEADING;
                    case SiteChrome.NO_IMAGE -> LineKind.NO_IMAGE;
                    default -> LineKind.CHROME;
                };
            }
        }
        String shape = key != null ? key : content;
        if (DateLineShape.isDate(shape)) {
            return LineKind.DATE;
        }
        if (Character.isDigit(shape.charAt(0)) && COUNTER.matcher(shape).matches()) {
            return LineKind.COUNTER;
        }
        if (lastOfCutText && DateLineShape.isCutDate(shape.toLowerCase(Locale.ROOT))) {
            return LineKind.CUT_DATE;
        }
        return LineKind.TEXT;
    }

    /** Printable ASCII with single spaces: its key is its lower case. */
    private static boolean isPlain(String s) {
        char previous = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return !s.isEmpty() && s.charAt(s.length() - 1) != ' ';
    }

    /** The first, last and total of a counter line ("21 - 30 of 42"), or null when it is not one. */
    static int[] counter(String text) {
        Matcher m = COUNTER.matcher(LineText.key(text));
        if (!m.matches()) {
            return null;
        }
        return new int[] {number(m.group(1)), number(m.group(2)), number(m.group(3))};
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }
}
