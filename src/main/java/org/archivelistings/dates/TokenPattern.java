package org.archivelistings.dates;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sequence of elements matched over tokens, greedily: an optional element is taken when it fits, except
 * that a leading optional element is given back when the rest fails with it taken (the "11" of "11月4日" fits an
 * optional two-digit year, and is the month).
 * Between elements, words that say nothing (of, the, de), brackets and quotes are stepped over unless an
 * element asks for them, so "the 3d day of June", "[June] 03" and "“3” June" read like "3 June".
 */
final class TokenPattern {
    private final List<Element> elements;
    private final Set<TokenKind> firstKinds = EnumSet.noneOf(TokenKind.class);
    /** Kinds the token after the first may have (null: a one-token match is possible): a cheap test before matching. */
    private final Set<TokenKind> follow;

    TokenPattern(List<Element> elements) {
        this.elements = List.copyOf(elements);
        for (Element e : elements) {
            firstKinds.addAll(e.kinds());
            if (!e.optional()) {
                break;
            }
        }
        long required = elements.stream().filter(e -> !e.optional()).count();
        Set<TokenKind> next = EnumSet.of(TokenKind.FILLER, TokenKind.BRACKET, TokenKind.TIME, TokenKind.WEEKDAY);
        elements.subList(1, elements.size()).forEach(e -> next.addAll(e.kinds()));
        follow = required > 1 ? next : null;
    }

    /** False when no match can start at {@code start}, judged from the next token's kind alone. */
    boolean mayStart(List<Token> tokens, int start) {
        if (follow == null) {
            return true;
        }
        return start + 1 < tokens.size() && follow.contains(tokens.get(start + 1).kind());
    }

    /** The kinds of token a match can start at: the grammar tries the rule only there. */
    Set<TokenKind> firstKinds() {
        return firstKinds;
    }

    int size() {
        return elements.size();
    }

    Match match(List<Token> tokens, int start) {
        Match m = match(tokens, start, 0);
        if (m == null && elements.size() > 1 && elements.get(0).optional() && elements.get(0).accepts(tokens.get(start))) {
            m = match(tokens, start, 1);
        }
        return m;
    }

    private Match match(List<Token> tokens, int start, int from) {
        Token[] bound = new Token[elements.size()];
        int[] at = new int[bound.length];
        int j = start;
        int last = -1;
        int prevEnd = -1;
        for (int k = from; k < bound.length; k++) {
            Element e = elements.get(k);
            int t = j;
            boolean found = false;
            while (t < tokens.size()) {
                Token tok = tokens.get(t);
                if (e.accepts(tok) && (!e.touching() || tok.begin() == prevEnd) && (last >= 0 || t == start)) {
                    found = true;
                    break;
                }
                if (last >= 0 && !e.touching() && skippable(tok)) {
                    t++;
                    continue;
                }
                break;
            }
            if (found && e.many()) {
                t = run(tokens, t, e);
            }
            if (found) {
                bound[k] = tokens.get(t);
                at[k] = t;
                last = t;
                prevEnd = bound[k].end();
                j = t + 1;
            } else if (!e.optional()) {
                return null;
            }
        }
        return last < 0 ? null : new Match(tokens, start, last, bound, at);
    }

    /** The last index of a run of tokens the element takes from {@code t} on. */
    private static int run(List<Token> tokens, int t, Element e) {
        int last = t;
        for (int j = t + 1; j < tokens.size(); j++) {
            Token tok = tokens.get(j);
            if (e.accepts(tok)) {
                last = j;
            } else if (!skippable(tok)) {
                break;
            }
        }
        return last;
    }

    private static boolean skippable(Token t) {
        return t.kind() == TokenKind.FILLER || t.kind() == TokenKind.BRACKET || t.kind() == TokenKind.TIME
                || t.kind() == TokenKind.WEEKDAY;
    }
}
