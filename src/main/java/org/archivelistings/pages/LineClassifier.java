package org.archivelistings.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives each line its {@link LineKind} from its own text, the same whatever the layout. */
final class LineClassifier {
    /** Longer lines are text: no chrome line, date line or counter is this long. */
    private static final int LONGEST_SHAPE = 80;
    private static final Pattern COUNTER = Pattern.compile("(\\d[\\d,]*) ?[-–] ?(\\d[\\d,]*) of (\\d[\\d,]*)");

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
        if (content.length() > LONGEST_SHAPE) {
            return LineKind.TEXT;
        }
        String key = LineText.key(content);
        if (key.equals(SiteChrome.SEPARATOR)) {
            return LineKind.SEPARATOR;
        }
        if (chrome.contains(key)) {
            return switch (key) {
                case SiteChrome.SKIP -> LineKind.SKIP_CHROME;
                case SiteChrome.POPULAR, SiteChrome.TIMELINE -> LineKind.LIST_HEADING;
                case SiteChrome.NO_IMAGE -> LineKind.NO_IMAGE;
                default -> LineKind.CHROME;
            };
        }
        if (DateLineShape.isDate(key)) {
            return LineKind.DATE;
        }
        if (!key.isEmpty() && Character.isDigit(key.charAt(0)) && COUNTER.matcher(key).matches()) {
            return LineKind.COUNTER;
        }
        if (lastOfCutText && DateLineShape.isCutDate(key)) {
            return LineKind.CUT_DATE;
        }
        return LineKind.TEXT;
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
