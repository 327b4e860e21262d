package org.archivelistings.dates;

import java.util.ArrayList;

/** The lexer's output: a run of other words is held back and added as one OTHER token when something else comes. */
final class TokenList extends ArrayList<Token> {
    private int otherBegin = -1;
    private int otherEnd;

    TokenList() {
        super(32);
    }

    void other(int begin, int end) {
        if (otherBegin < 0) {
            otherBegin = begin;
        }
        otherEnd = end;
    }

    @Override
    public boolean add(Token t) {
        flush();
        return super.add(t);
    }

    TokenList done() {
        flush();
        return this;
    }

    private void flush() {
        if (otherBegin >= 0) {
            super.add(new Token(TokenKind.OTHER, otherBegin, otherEnd, 0, 0, Token.NONE));
            otherBegin = -1;
        }
    }
}
