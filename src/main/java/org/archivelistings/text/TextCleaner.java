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
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        // Zero-width characters are invisible formatting, not word separators: drop them before
        // collapsing whitespace so that "Kim\u200BIl" does not become two words.
        String visible = StringUtils.replaceChars(nfc, "\u200B\u200C\u200D\u2060\uFEFF", null);
        return StringUtils.normalizeSpace(visible);
    }
}
