package org.archivelistings.dates;

/**
 * One case a rule declares: a text, an optional context date, and the EDTF the whole normalizer must
 * give it ({@code null} for a negative case: no date at all).
 */
record Example(String text, String context, String edtf) {
    /** "text => edtf", "text | context => edtf", or "text => none" for a negative case. */
    static Example parse(String spec) {
        int arrow = spec.lastIndexOf(" => ");
        if (arrow < 0) {
            throw new IllegalArgumentException("example without ' => ': " + spec);
        }
        String left = spec.substring(0, arrow);
        String right = spec.substring(arrow + 4).strip();
        int bar = left.lastIndexOf(" | ");
        String context = bar < 0 ? null : left.substring(bar + 3).strip();
        String text = bar < 0 ? left : left.substring(0, bar);
        return new Example(text, context, right.equals("none") ? null : right);
    }

    boolean negative() {
        return edtf == null;
    }
}
