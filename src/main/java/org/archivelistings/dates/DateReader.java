package org.archivelistings.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the grammar over a text: lexes it, runs each pass (a pass's chosen candidates become DATE tokens
 * the next pass reads), and finishes the dates left, dropping weak ones nothing took in.
 */
final class DateReader {
    private final Lexer lexer;
    private final Grammar grammar;
    private final Finisher finisher;

    DateReader(Lexer lexer, Grammar grammar, Finisher finisher) {
        this.lexer = lexer;
        this.grammar = grammar;
        this.finisher = finisher;
    }

    List<FoundDate> read(String text, Point context) {
        List<Token> tokens = lexer.tokens(text);
        boolean first = true;
        for (Grammar.Pass pass : grammar.passes()) {
            for (int round = 0; round < pass.rounds(); round++) {
                List<Candidate> candidates = candidates(pass, tokens, context);
                if (candidates.isEmpty()) {
                    if (first) {
                        return List.of();
                    }
                    break;
                }
                first = false;
                tokens = replace(tokens, CandidateChooser.choose(candidates, tokens.size()));
            }
        }
        return finish(text, tokens, context, context != null && alone(tokens));
    }

    /** The dates left, finished; weak ones dropped unless the date is the whole text ({@code alone}). */
    private List<FoundDate> finish(String text, List<Token> tokens, Point context, boolean alone) {
        List<FoundDate> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == TokenKind.DATE && (alone || !weak(t.date()))) {
                NormalizedDate d = finisher.finish(text.substring(t.begin(), t.end()), t.date(), context);
                if (d != null) {
                    out.add(new FoundDate(t.begin(), t.end(), d));
                }
            }
        }
        return out;
    }

    /** True when the text is only an undated word (undated, n.d., [n.d.], без даты). */
    boolean undated(String text) {
        boolean word = false;
        for (Token t : lexer.tokens(text)) {
            if (t.kind() == TokenKind.UNDATED) {
                word = true;
            } else if (t.kind() != TokenKind.BRACKET && t.kind() != TokenKind.PUNCT) {
                return false;
            }
        }
        return word;
    }

    Lexer lexer() {
        return lexer;
    }

    private List<Candidate> candidates(Grammar.Pass pass, List<Token> tokens, Point context) {
        List<Candidate> out = new ArrayList<>(4);
        for (int i = 0; i < tokens.size(); i++) {
            List<Rule> rules = pass.startingAt(tokens.get(i).kind());
            if (rules == null) {
                continue;
            }
            for (Rule r : rules) {
                if (!r.pattern().mayStart(tokens, i)) {
                    continue;
                }
                Match m = r.pattern().match(tokens, i);
                DateValue v = m == null ? null : r.build(m);
                if (v != null && finisher.finish("", v, context) != null) {
                    out.add(new Candidate(m.first(), m.last(), tokens.get(m.first()).begin(),
                            tokens.get(m.last()).end(), v,
                            r.priority()));
                }
            }
        }
        return out;
    }

    private static List<Token> replace(List<Token> tokens, List<Candidate> chosen) {
        List<Token> out = new ArrayList<>(tokens.size());
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (c < chosen.size() && chosen.get(c).first() == i) {
                Candidate k = chosen.get(c++);
                out.add(new Token(TokenKind.DATE, k.begin(), k.end(), 0, 0, Token.NONE, k.value()));
                i = k.last();
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /**
     * The text is one date and words that say nothing ("в июне", "June", "im Sommer"): with a context year even
     * a month or season alone is the date ("no year in the text: the year of the context").
     */
    private static boolean alone(List<Token> tokens) {
        int dates = 0;
        for (Token t : tokens) {
            if (t.kind() == TokenKind.DATE) {
                dates++;
            } else if (t.kind() != TokenKind.FILLER && t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.BRACKET) {
                return false;
            }
        }
        return dates == 1;
    }

    /** A month or season alone, or only such around a mark or open end: no date unless a range or list took it. */
    private static boolean weak(DateValue v) {
        if (v instanceof Single s) {
            return s.weak();
        }
        if (v instanceof Marked m) {
            return weak(m.inner());
        }
        if (v instanceof Span s) {
            return (s.from() == null || weak(s.from())) && (s.to() == null || weak(s.to()));
        }
        return false;
    }
}
