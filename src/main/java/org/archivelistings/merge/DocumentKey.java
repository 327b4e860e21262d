package org.archivelistings.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The identity of a document: its normalized date and normalized title. Two sightings with the same key
 * are the same document. Normalization folds case, quotes, dashes, whitespace and punctuation noise, never
 * words, so "Letter from Ri Sang-jo to N.S. Khrushchev" and "Letter from Ri Sang–jo to N. S. Khrushchev"
 * meet, and "Telegram from A. Mikoyan" and "Draft Telegram from A. Mikoyan" do not.
 */
public final class DocumentKey {
    /** One digest per thread, reused: an id is made for every record, and the lookup is not free. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(DigestUtils::getSha256Digest);

    private DocumentKey() {}

    /**
     * The folded form of a title: lower case, letters and digits kept, every run of anything else (spaces,
     * quotes, dashes, punctuation) one space, apostrophes inside a word dropped ("Worker's" → "workers").
     * A single pass by hand: it runs for every record and every summary, where two regular expressions
     * over NFKC text cost a fifth of the whole job.
     */
    public static String normalizeTitle(String title) {
        if (title == null) {
            return "";
        }
        return isPlain(title) ? foldAscii(title) : fold(Normalizer.normalize(title, Normalizer.Form.NFKC));
    }

    /** {@link #fold} of text in any script. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (isWordPart(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(c));
            } else if (isApostrophe(c) && out.length() > 0 && !pendingSpace && i + width < n
                    && isWordPart(text.codePointAt(i + width))) {
                // inside a word: spelling noise, not a separator
            } else {
                pendingSpace = true;
            }
            i += width;
        }
        return out.toString();
    }

    /**
     * {@link #fold} of ASCII text, the same result by char arithmetic without code point and Unicode
     * category lookups: most titles and summaries are ASCII, and both are folded for every record.
     */
    static String foldAscii(String text) {
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isAsciiWordPart(c)) {
                if (pendingSpace && length > 0) {
                    out[length++] = ' ';
                }
                pendingSpace = false;
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if ((c == '\'' || c == '`') && length > 0 && !pendingSpace && i + 1 < n
                    && isAsciiWordPart(text.charAt(i + 1))) {
                // inside a word: spelling noise, not a separator
            } else {
                pendingSpace = true;
            }
        }
        return new String(out, 0, length);
    }

    private static boolean isAsciiWordPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isWordPart(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´' || c == 'ʼ';
    }

    /**
     * The stable id of the document with this date and title: the same input gives the same id on every
     * run and every machine (a hash of the key, not a counter).
     *
     * @param date the record's normalized date (EDTF), or its cleaned date text when it cannot be read
     */
    public static String id(String date, String title) {
        return idOfFolded(date, normalizeTitle(title));
    }

    /** {@link #id} of a title already folded by {@link #normalizeTitle}. */
    static String idOfFolded(String date, String foldedTitle) {
        String key = (date == null ? "" : date) + "\u001F" + foldedTitle;
        return "d" + HexFormat.of().formatHex(sha256(key), 0, 8);
    }

    /**
     * The id of a record's document: {@link #id} of its date and title, or, when {@code date} is
     * empty (the record is undated), of its title, summary and place (see {@link SightingKeys#documentId}).
     *
     * @param date the record's normalized date (EDTF), its cleaned date text when unreadable, "" when undated
     */
    public static String forRecord(String date, String title, String summary, String recordKey) {
        return SightingKeys.of(recordKey, "", title, summary).documentId(date);
    }

    /**
     * {@link #forRecord} of a title and summary already folded. Without a date, a title alone ("Memorandum
     * of Conversation") says nothing about identity, so the summary joins the key; with no summary either,
     * nothing tells two such sightings to be one document, and each is its own (keyed by where it was read).
     */
    static String idOfFolded(String date, String foldedTitle, String foldedSummary, String recordKey) {
        if (date != null && !date.isEmpty()) {
            return idOfFolded(date, foldedTitle);
        }
        String rest = foldedSummary != null ? "summary:" + foldedSummary : "record:" + recordKey;
        return idOfFolded("undated\u001F" + rest, foldedTitle);
    }

    static byte[] sha256(String text) {
        return SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
    }
}
