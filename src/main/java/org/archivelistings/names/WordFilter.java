package org.archivelistings.names;

/**
 * A few bits that say which words cannot be in a small set of words, by their length and first and last
 * letters: every capitalized word of every record is looked for among the surnames named so far, and most
 * are none of them, so the filter spares copying and hashing each. It never says no to a word of the set.
 * Not thread-safe (one per page or record).
 */
final class WordFilter {
    private final long[] bits = new long[4];

    WordFilter copy() {
        WordFilter out = new WordFilter();
        System.arraycopy(bits, 0, out.bits, 0, bits.length);
        return out;
    }

    void add(String word) {
        if (!word.isEmpty()) {
            int h = slot(word, 0, word.length());
            bits[h >>> 6] |= 1L << h;
        }
    }

    /** False when the word text[begin, end) is surely not in the set. */
    boolean mayContain(String text, int begin, int end) {
        if (end <= begin) {
            return false;
        }
        int h = slot(text, begin, end);
        return (bits[h >>> 6] & 1L << h) != 0;
    }

    private static int slot(String s, int begin, int end) {
        int h = (end - begin) * 31 * 31 + s.charAt(begin) * 31 + s.charAt(end - 1);
        h ^= h >>> 7;
        return h & 255;
    }
}
