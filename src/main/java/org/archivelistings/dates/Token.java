package org.archivelistings.dates;

/**
 * One token of a text: its kind, its characters [begin, end), a number (the value of a number, the
 * month of a month word, the part of a qualifier), how many digits a written number had (0 when spelled
 * out), the suffix glued to a number ("th", "er", ".", "s", "г") and, for a {@link TokenKind#DATE}, the date.
 */
record Token(TokenKind kind, int begin, int end, int value, int digits, String text, DateValue date) {
    static final String NONE = "";

    Token(TokenKind kind, int begin, int end, int value, int digits, String text) {
        this(kind, begin, end, value, digits, text, null);
    }

    boolean is(TokenKind k) {
        return kind == k;
    }

    boolean isPunct(char c) {
        return kind == TokenKind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** For a number: the glued suffix; for punctuation and words: the characters. */
    String suffix() {
        return text;
    }

    boolean spelled() {
        return kind == TokenKind.NUMBER && digits == 0;
    }
}
