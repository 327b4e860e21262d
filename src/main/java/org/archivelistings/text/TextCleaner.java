package org.archivelistings.text;

import java.text.Normalizer;
import org.apache.commons.lang3.StringUtils;

/**
 * The one cleaning rule for every clean text field: Unicode NFC, whitespace (including no-break and
 * zero-width spaces) collapsed to single spaces and trimmed. The raw fields keep the text as printed.
 */
public final class TextCleaner {
    private TextCleaner() {}

    /** Clean form of {@code raw}; null stays null. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        if (alreadyClean(raw)) {
            return raw; // most titles and summaries: the three steps below would each copy it unchanged
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        // Zero-width characters are invisible formatting, not word separators: drop them before
        // collapsing whitespace so that "Kim\u200BIl" does not become two words.
        String visible = StringUtils.replaceChars(nfc, "\u200B\u200C\u200D\u2060\uFEFF", null);
        return StringUtils.normalizeSpace(visible);
    }

    /** Printable ASCII with single inner spaces: NFC, no zero-width characters, nothing to collapse or trim. */
    private static boolean alreadyClean(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
