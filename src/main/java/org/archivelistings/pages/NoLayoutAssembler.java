package org.archivelistings.pages;

/**
 * A page with no listing layout (a document page, another archive's page): its chrome is chrome, and
 * the rest is rejected as {@value Fragment#NO_LISTING_LAYOUT}, in fragments of at most about 2,000
 * characters so that each fits a reject row whole.
 */
final class NoLayoutAssembler {
    private static final int FRAGMENT_CHARS = 2_000;

    private NoLayoutAssembler() {}

    static void assemble(PageBuilder out) {
        PageText page = out.page();
        int start = -1;
        int chars = 0;
        for (int i = 0; i < page.size(); i++) {
            boolean chrome = page.kind(i).isChrome();
            int length = page.line(i).raw().length() + 1 + page.gap(i);
            if (start >= 0 && (chrome || chars + length > FRAGMENT_CHARS)) {
                out.reject(start, i, Fragment.NO_LISTING_LAYOUT);
                start = -1;
                chars = 0;
            }
            if (chrome) {
                out.chrome(i);
            } else {
                if (start < 0) {
                    start = i;
                }
                chars += length;
            }
        }
        if (start >= 0) {
            out.reject(start, page.size(), Fragment.NO_LISTING_LAYOUT);
        }
    }
}
