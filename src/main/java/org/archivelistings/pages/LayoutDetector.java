package org.archivelistings.pages;

/**
 * Recognises a page's layout from the shape of the whole page, so that a stray or missing line at the
 * top does not decide it: bullets make the old bulleted layout; "-" lines between single-spaced records
 * the dash layout; date lines in blank-line paragraphs, "Skip to content" or a counter the new site's
 * paragraph layout. Old-site chrome alone (an excerpt cut before its first bullet) reads as bulleted.
 */
final class LayoutDetector {
    private LayoutDetector() {}

    static Layout detect(PageText page) {
        int bullets = 0;
        int separators = 0;
        int datesAfterSeparator = 0;
        int paragraphDates = 0;
        int newSiteSigns = 0;
        int oldSiteChrome = 0;
        for (int i = 0; i < page.size(); i++) {
            switch (page.kind(i)) {
                case BULLET -> bullets++;
                case SEPARATOR -> separators++;
                case DATE -> {
                    if (i > 0 && page.kind(i - 1) == LineKind.SEPARATOR && page.gap(i) == 0) {
                        datesAfterSeparator++;
                    } else if (page.gap(i) > 0 || i == 0) {
                        paragraphDates++;
                    }
                }
                case SKIP_CHROME, COUNTER, LIST_HEADING -> newSiteSigns++;
                case NO_IMAGE -> oldSiteChrome++;
                case CHROME -> {
                    if (isOldSiteChrome(page, i)) {
                        oldSiteChrome++;
                    }
                }
                default -> {}
            }
        }
        // On bulleted pages the date lines are in the bullets: free-standing date lines outnumbering the
        // bullets mean a paragraph page whose text happens to hold a bullet.
        if (bullets > 0 && bullets >= separators && bullets >= paragraphDates) {
            return Layout.BULLETED;
        }
        if (separators > 0 && (datesAfterSeparator > 0 || paragraphDates == 0) && separators >= paragraphDates) {
            return Layout.DASH;
        }
        if (paragraphDates > 0 || newSiteSigns > 0) {
            return Layout.PARAGRAPH;
        }
        if (oldSiteChrome > 0) {
            return Layout.BULLETED;
        }
        return Layout.UNKNOWN;
    }

    private static boolean isOldSiteChrome(PageText page, int i) {
        String key = LineText.key(page.line(i).text());
        return key.equals("search in") || key.startsWith("digital archive") || key.startsWith("add search filter");
    }
}
