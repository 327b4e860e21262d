package org.archivelistings.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity of a document: its normalized date and normalized title. Two sightings with the same key
 * are the same document. Normalization folds case, quotes, dashes, whitespace and punctuation noise, never
 * words, so "Letter from Ri Sang-jo to N.S. Khrushchev" and "Letter from Ri Sang–jo to N. S. Khrushchev"
 * meet, and "Telegram from A. Mikoyan" and "Draft Telegram from A. Mikoyan" do not.
 */
public final class DocumentKey {
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=[\\p{L}\\p{N}])['’‘`´ʼ](?=[\\p{L}\\p{N}])");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private DocumentKey() {}

    /** The folded form of a title. */
    public static String normalizeTitle(String title) {
        if (title == null) {
            return "";
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // Apostrophes inside words ("Worker's", "Ch'oe") are spelling noise: drop them, don't split the word.
        folded = INNER_APOSTROPHE.matcher(folded).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").trim();
    }

    /**
     * The stable id of the document with this date and title: the same input gives the same id on every
     * run and every machine (a hash of the key, not a counter).
     *
     * @param date the record's normalized date (EDTF), or its cleaned date text when it cannot be read
     */
    public static String id(String date, String title) {
        String key = (date == null ? "" : date) + "\u001F" + normalizeTitle(title);
        return "d" + HexFormat.of().formatHex(sha256(key), 0, 8);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
