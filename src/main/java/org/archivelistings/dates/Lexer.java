package org.archivelistings.dates;

import java.util.List;

/**
 * Turns a text into the tokens of the date grammar: numbers (digits, spelled out, CJK numerals) with the
 * suffix glued to them, Roman numerals, lexicon words, punctuation. Runs of other words become one
 * {@link TokenKind#OTHER} token, so a pattern never matches across them. Hand-written: the tokens are
 * specific to dates (a "th" or "-án" glued to a day, "182X", "[19]56", a reference's digits).
 */
final class Lexer {
    private static final String[] PUNCT = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            PUNCT[c] = String.valueOf(c);
        }
    }

    private final Lexicon lexicon;
    private final GluedDates groups;
    private final RomanTokens romans;
    private final DamagedWords damaged;

    Lexer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.groups = new GluedDates(lexicon);
        this.romans = new RomanTokens(lexicon);
        this.damaged = new DamagedWords(lexicon.monthForms);
    }

    List<Token> tokens(String s) {
        TokenList out = new TokenList();
        int n = s.length();
        int i = 0;
        int[] end = new int[1];
        boolean code = false;
        boolean codeNumber = false;
        // after a numbering noun (Room, Resolution, Telegram: reference value 1) a number of three digits or more
        // is its number ("Resolution 1514", "Telegram 1197"), a shorter one may still be a day ("Room 12 June 1956")
        boolean numbered = false;
        int year;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || Character.isWhitespace(c)) {
                code &= !codeNumber;
                i++;
            } else if (Character.isDigit(c)) {
                i = number(s, i, out, code || numbered && numberOfNoun(s, i));
                codeNumber = code;
                numbered = false;
            } else if ((c == '\'' || c == '’' || c == '‘') && twoDigitYear(s, i + 1) && !Apostrophes.opensQuote(s, i)) {
                int begin = i;
                i = number(s, i + 1, out, code);
                Token t = out.remove(out.size() - 1);
                // the dot after '56 ends a sentence or is Hungarian's ordinal dot ('56. október): its own token
                i -= t.text().equals(".") ? 1 : 0;
                out.add(new Token(t.kind(), begin, i, t.value(), 2, t.text().equals(".") ? "'" : "'" + t.text()));
            } else if (NumberWords.cjkNumeral(c)) {
                i = cjkNumber(s, i, out);
            } else if ((c == 'l' || c == 'I') && (year = DamagedWords.year(s, i)) > 0) {
                out.add(new Token(TokenKind.NUMBER, i, i + 4, year, 4, Token.NONE));
                i += 4;
            } else if (letter(c)) {
                int j = RomanTokens.mayStart(c) ? romans.read(s, i, out) : i;
                if (j > i) {
                    i = j;
                    continue;
                }
                Trie.Entry e = lexicon.words.longest(s, i, end);
                if (e != null) {
                    j = end[0];
                    if (j < n && s.charAt(j) == '.' && s.charAt(j - 1) != '.' && abbreviable(e.kind())) {
                        j++;
                    }
                    word(out, e, i, j);
                    code = e.kind() == TokenKind.REFERENCE && e.value() == 0;
                    numbered = e.kind() == TokenKind.REFERENCE && e.value() == 1;
                    codeNumber = false;
                    i = j;
                } else {
                    j = i + 1;
                    while (j < n && !ideographic(c) && letter(s.charAt(j)) && !ideographic(s.charAt(j))) {
                        j++;
                    }
                    int month = damaged.month(s, i, j);
                    if (month > 0) {
                        out.add(new Token(TokenKind.MONTH, i, j, month, 0, Token.NONE));
                    } else {
                        out.other(i, j);
                    }
                    code = false;
                    numbered = false;
                    i = j;
                }
            } else {
                out.add(punct(c, i));
                if (c == '#' || c == '№') {
                    code = true;
                    codeNumber = false;
                } else if (c == ',' || c == ';' || c == ':') {
                    // "Box, 3 June 1956", "Folder: 12 June 1956": the reference ends at the punctuation
                    code = false;
                    numbered = false;
                }
                i++;
            }
        }
        return out.done();
    }

    /** A lexicon word; a Hungarian month with its case ending ("júniusától") is the month and its connector. */
    private static void word(TokenList out, Trie.Entry e, int i, int j) {
        if (e.kind() == TokenKind.MONTH && !e.text().isEmpty()) {
            out.add(new Token(TokenKind.MONTH, i, j, e.value(), 0, Token.NONE));
            out.add(new Token(e.text().equals("from") ? TokenKind.RANGE : TokenKind.CLOSE, j, j, 0, 0, Token.NONE));
        } else if (e.kind() == TokenKind.SEASON && !e.text().isEmpty()) {
            out.add(new Token(TokenKind.CJK_YEAR, i, i + 1, 0, 0, Token.NONE));
            out.add(new Token(TokenKind.SEASON, i + 1, j, e.value(), e.digits(), Token.NONE));
        } else {
            out.add(new Token(e.kind(), i, j, e.value(), e.digits(), e.text()));
        }
    }

    private static boolean abbreviable(TokenKind k) {
        return k == TokenKind.MONTH || k == TokenKind.WEEKDAY || k == TokenKind.CIRCA || k == TokenKind.REFERENCE
                || k == TokenKind.CENTURY || k == TokenKind.YEAR_MARK;
    }

    private static Token punct(char c, int i) {
        TokenKind kind = switch (c) {
            case '-', '–', '—', '‒', '―', '~', '〜', '～', '－' -> TokenKind.RANGE;
            case '[', ']', '“', '”', '"', '„', '«', '»', '‘', '’', '\'', '《', '》', '「', '」', '(', ')', '（', '）' ->
                    TokenKind.BRACKET;
            case '&', '、' -> TokenKind.LIST;
            case '#', '№' -> TokenKind.REFERENCE;
            default -> TokenKind.PUNCT;
        };
        return new Token(kind, i, i + 1, 0, 0, c < 128 ? PUNCT[c] : String.valueOf(c));
    }

    /** Three digits or more with no suffix glued after: "Telegram 1197", not "telegram 1970s". */
    private static boolean numberOfNoun(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return j - i >= 3 && (j == s.length() || !Character.isLetter(s.charAt(j)) && "'’".indexOf(s.charAt(j)) < 0);
    }

    private static boolean twoDigitYear(String s, int i) {
        return i + 1 < s.length() && isAsciiDigit(s.charAt(i)) && isAsciiDigit(s.charAt(i + 1))
                && (i + 2 >= s.length() || !Character.isDigit(s.charAt(i + 2)));
    }

    /** Digits (with "[19]56" read through), a masked year (182X, 18--), and the suffix glued after. */
    private int number(String s, int i, TokenList out, boolean code) {
        int n = s.length();
        int start = i;
        long v = 0;
        int digits = 0;
        while (i < n) {
            char d = s.charAt(i);
            if (Character.isDigit(d)) {
                v = Math.min(v * 10 + Character.digit(d, 10), 1_000_000_000L);
                digits++;
                i++;
            } else if ((d == '[' || d == ']') && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (digits <= 2 && time(s, i)) {
            int j = i;
            while (time(s, j)) {
                j += 3;
            }
            out.add(new Token(TokenKind.TIME, start, j, (int) v, digits, Token.NONE));
            return j;
        }
        // "195-" as catalogues write an unknown last digit ([195-]), not "1950-" or "195-6"
        if (!code && digits == 3 && i < n && "Xx?-".indexOf(s.charAt(i)) >= 0 && maskEnds(s, i + 1)) {
            out.add(new Token(TokenKind.MASKED, start, i + 1, (int) v, 3, Token.NONE));
            return i + 1;
        }
        if (!code && digits == 2 && i + 1 < n && masked(s.charAt(i), s.charAt(i + 1)) && maskEnds(s, i + 2)) {
            out.add(new Token(TokenKind.MASKED, start, i + 2, (int) v, 2, Token.NONE));
            return i + 2;
        }
        if (!code && digits == 6 && groups.dateTimeGroup(s, start, i)) {
            return groups.addDateTimeGroup(start, i, (int) v, out);
        }
        TokenKind kind = code ? TokenKind.CODE : TokenKind.NUMBER;
        String suffix = Token.NONE;
        if (i < n) {
            char d = s.charAt(i);
            int from = d == '-' && i + 1 < n && suffixLetter(s.charAt(i + 1)) ? i + 1 : suffixLetter(d) ? i : -1;
            if (from >= 0) {
                int j = from;
                while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '°')) {
                    j++;
                }
                String w = s.substring(from, j).toLowerCase(java.util.Locale.ROOT);
                Trie.Entry glued = from == i && digits <= 2 ? groups.dayMonthYear(s, start, i, j) : null;
                if (glued != null) {
                    return groups.addDayMonth(start, i, j, (int) v, glued, out);
                }
                if (lexicon.knownSuffix(w)) {
                    suffix = w;
                    i = j;
                } else if (from == i && !(w.equals("t") && j < n && Character.isDigit(s.charAt(j)))) {
                    kind = TokenKind.CODE;
                    i = j;
                }
            } else if ((d == '\'' || d == '’') && i + 1 < n && s.charAt(i + 1) == 's' && !wordAt(s, i + 2)) {
                suffix = "s";
                i += 2;
            } else if (d == '.' && digits <= 2 && i + 1 < n && (s.charAt(i + 1) == 'º' || s.charAt(i + 1) == 'ª')) {
                // Spanish and Portuguese write the ordinal's abbreviation after a dot: "1.º de junio"
                suffix = "º";
                i += 2;
            } else if (d == '.' && digits <= 4 && (i + 1 >= n || ordinalDotEnds(s.charAt(i + 1)))) {
                suffix = ".";
                i++;
            }
        }
        out.add(new Token(kind, start, i, (int) v, digits, suffix));
        // Hungarian case endings that are connectors: 1812-től 1815-ig is "from 1812 to 1815"
        if (lexicon.fromSuffixes.contains(suffix)) {
            out.add(new Token(TokenKind.RANGE, i, i, 0, 0, Token.NONE));
        } else if (lexicon.untilSuffixes.contains(suffix)) {
            out.add(new Token(TokenKind.CLOSE, i, i, 0, 0, Token.NONE));
        }
        return i;
    }

    /** What may follow an ordinal dot: "3. Juni", "3., 4. und 9.", "3.-9. Juni". */
    private static boolean ordinalDotEnds(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '-' || c == '–';
    }

    /** ":56" after an hour or minute: a time, not a date part. */
    private static boolean time(String s, int i) {
        return i + 2 < s.length() + 0 && s.charAt(i) == ':' && isAsciiDigit(s.charAt(i + 1))
                && isAsciiDigit(s.charAt(i + 2))
                && (i + 3 >= s.length() || !Character.isDigit(s.charAt(i + 3)));
    }

    private static boolean masked(char a, char b) {
        return (a == 'X' || a == 'x' || a == '-' || a == '?' || a == '.') && a == b;
    }

    /** What may follow a masked year: no letter or digit but the CJK year unit (195X年, 195X년). */
    private static boolean maskEnds(String s, int i) {
        return !wordAt(s, i) || s.charAt(i) == '年' || s.charAt(i) == '년';
    }

    private static boolean wordAt(String s, int i) {
        return i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }

    private static boolean suffixLetter(char c) {
        return Character.isLetter(c) && c < 0x0530 || c == 'º' || c == 'ª' || c == '°';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int cjkNumber(String s, int i, TokenList out) {
        int j = NumberWords.cjkRunEnd(s, i);
        String run = s.substring(i, j);
        int v = NumberWords.cjkDigits(run);
        int digits = run.length();
        if (v < 0) {
            Integer u = lexicon.cjkNumbers.get(run);
            v = u == null ? -1 : u;
            digits = 0;
        }
        if (v < 0) {
            out.other(i, j);
        } else {
            out.add(new Token(TokenKind.NUMBER, i, j, v, digits, Token.NONE));
        }
        return j;
    }

    /** Character.isLetter with a fast path for ASCII, most of every title. */
    static boolean letter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    static boolean ideographic(char c) {
        return c >= 0x2E80 && c < 0xA000 || c >= 0xAC00 && c < 0xD7B0 || c >= 0xF900 && c < 0xFB00 || c >= 0x1100
                && c < 0x1200;
    }
}
