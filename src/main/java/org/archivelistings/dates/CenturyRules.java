package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.kind;

import java.util.List;

/**
 * Centuries in every lexicon language: ordinal ("18th century", "XVIIIe siècle", "18世纪"), the word before
 * ("siglo XVIII"), ranges and lists ("18th-19th centuries"), and two centuries that share one century word
 * with a part on either ("the 18th and early 19th centuries", "конец XVIII – начало XIX века", "finales del
 * siglo XVIII y principios del XIX").
 */
final class CenturyRules {
    /** What may stand between a join and the century number it leads to: early/late words, of, du, the. */
    private static final java.util.Set<TokenKind> BETWEEN = java.util.EnumSet.of(TokenKind.PART, TokenKind.FILLER,
            TokenKind.FROM, TokenKind.BRACKET);

    /** The lexicon's value of a century word that also marks a page ("s."). */
    private static final int PAGE_LETTER = 1;

    private CenturyRules() {}

    static List<Rule> rules(Elements e) {
        return List.of(
                new Rule("ordinal century", 50, List.of(centuryNumber(e), kind(TokenKind.CENTURY, TokenKind.CIRCA)),
                        m -> m.get(1).is(TokenKind.CENTURY) && !shortWordAfterBareDigits(m) || abbreviatedCentury(m)
                                ? century(m.get(0)) : null,
                        "18th century => 17XX", "XVIII век => 17XX", "18. Jahrhundert => 17XX", "XVIIIe siècle => 17XX",
                        "XVIII secolo => 17XX", "18. század => 17XX", "XVIII wiek => 17XX", "18. století => 17XX",
                        "18世纪 => 17XX", "十八世纪 => 17XX", "18세기 => 17XX", "eighteenth century => 17XX",
                        "the 19th century => 18XX", "в XIX веке => 18XX", "19th c. => 18XX", "18th c. letter => 17XX",
                        "ХІХ століття => 18XX", "do século XIX => 18XX", "Історія ХІХ => none",
                        "19 c. => none", "40th century => none", "XIXe s. => 18XX", "XIX в. => 18XX", "12 s. => none",
                        "century-old => none"),
                new Rule("ordinal century with a hyphen", 50, List.of(centuryNumber(e).and(t -> t.is(TokenKind.ROMAN)
                        || !t.text().isEmpty()), Elements.dash().glued(),
                        kind(TokenKind.CENTURY).glued()), m -> century(m.get(0)),
                        "18th-century letters => 17XX", "eighteenth-century => 17XX", "nineteenth-century diplomacy => 18XX",
                        "twentieth-century Europe => 19XX", "18-century => none"),
                new Rule("century range or list", 52, List.of(centuryNumber(e), centuryJoin(), centuryNumber(e),
                        kind(TokenKind.CENTURY)), m -> centuries(m, 0, 1, 2),
                        "18th-19th centuries => 17XX/18XX", "XVIII-XIX вв. => 17XX/18XX", "XVIII-XIX века => 17XX/18XX",
                        "17th and 18th centuries => {16XX,17XX}", "17th or 18th century => [16XX,17XX]",
                        "19. und 20. Jahrhundert => {18XX,19XX}", "19.-20. století => 18XX/19XX", "19-20世纪 => 18XX/19XX",
                        "19th-18th centuries => 17XX", "18-19 => none"),
                new Rule("century word before a range or list", 52, List.of(kind(TokenKind.CENTURY),
                        kind(TokenKind.RANGE).and(t -> t.text().isEmpty()).opt(), centuryNumber(e), centuryJoin(),
                        centuryNumber(e)), m -> centuries(m, 2, 3, 4),
                        "siglos XIX y XX => {18XX,19XX}", "secoli XIX-XX => 18XX/19XX", "secolele XIX-XX => 18XX/19XX",
                        "siglos XX-XIX => 19XX", "siglos => none"),
                new Rule("century word before the number", 50, List.of(kind(TokenKind.CENTURY),
                        kind(TokenKind.RANGE).and(t -> t.text().isEmpty()).opt(), centuryNumber(e)), m
                                -> shortWordBeforeDigits(m) ? null : century(m.get(2)),
                        "siglo XVIII => 17XX", "secolo XVIII => 17XX", "secolul al XVIII-lea => 17XX",
                        "el siglo XIX => 18XX", "s. XIX => 18XX", "sec. XX => 19XX", "siglo 19 => 18XX",
                        "siglo de oro => none", "s. 19 => none"),
                new Rule("century number sharing the next one's word", 20, List.of(sharing(e)),
                        m -> nextCentury(m) ? century(m.get(0)) : null,
                        "the 18th and early 19th centuries => {17XX,1800..1832}", "18th to early 19th century => 17XX/1832",
                        "конец XVIII – начало XIX века => 1766/1832", "fin du XVIIIe et début du XIXe siècle => {1766..1799,1800..1832}",
                        "Ende des 18. und Anfang des 19. Jahrhunderts => {1766..1799,1800..1832}",
                        "the 19th and 18th centuries => 17XX", "3rd and 4th June 1812 => {1812-06-03,1812-06-04}",
                        "XIX and => none"),
                new Rule("century number sharing the word before", 20, List.of(sharing(e)),
                        m -> previousCentury(m) ? century(m.get(0)) : null,
                        "finales del siglo XVIII y principios del XIX => {1766..1799,1800..1832}",
                        "the 18th century and the early 19th => {17XX,1800..1832}",
                        "the 18th century and 19 others => 17XX", "and XIX => none"));
    }

    /** "s. XIX" is a century, "s. 19" a page (Seite, strona, stránka), "s. 19." too: only a Roman numeral follows. */
    private static boolean shortWordBeforeDigits(Match m) {
        return m.get(0).value() == PAGE_LETTER && !m.get(2).is(TokenKind.ROMAN);
    }

    /** "120 s." counts pages; "XIXe s." and "19. s." are centuries. */
    private static boolean shortWordAfterBareDigits(Match m) {
        Token n = m.get(0);
        return m.get(1).value() == PAGE_LETTER && !n.is(TokenKind.ROMAN) && n.text().isEmpty();
    }

    /** A century number written as one: Roman, or with an ordinal suffix (18th, 18., 18e), not a bare 18. */
    private static Element sharing(Elements e) {
        return new Element(java.util.EnumSet.of(TokenKind.NUMBER, TokenKind.ROMAN), t -> t.value() >= 1
                && t.value() <= 21 && t.digits() <= 2 && (t.is(TokenKind.ROMAN) || !t.text().isEmpty()), false, false);
    }

    /** "18th and early 19th centuries": a join, then a later century number with its century word. */
    private static boolean nextCentury(Match m) {
        List<Token> ts = m.tokens();
        int i = m.last() + 1;
        if (i >= ts.size() || !join(ts.get(i))) {
            return false;
        }
        int j = skip(ts, i + 1, 1);
        if (j >= ts.size() || !number(ts.get(j)) || ts.get(j).value() <= m.value(0)) {
            return false;
        }
        int k = skip(ts, j + 1, 1);
        return k < ts.size() && ts.get(k).is(TokenKind.CENTURY);
    }

    /** "siglo XVIII y principios del XIX", "the 18th century and the early 19th": an earlier century before a join. */
    private static boolean previousCentury(Match m) {
        List<Token> ts = m.tokens();
        int next = m.last() + 1;
        if (next < ts.size() && ts.get(next).is(TokenKind.CENTURY)) {
            return false;
        }
        int i = skip(ts, m.first() - 1, -1);
        if (i < 0 || !join(ts.get(i))) {
            return false;
        }
        int j = skip(ts, i - 1, -1);
        if (j < 1) {
            return false;
        }
        Token a = ts.get(j);
        Token b = ts.get(j - 1);
        Token n = a.is(TokenKind.CENTURY) ? b : a;
        Token word = a.is(TokenKind.CENTURY) ? a : b;
        return number(n) && word.is(TokenKind.CENTURY) && n.value() < m.value(0);
    }

    private static int skip(List<Token> ts, int i, int step) {
        while (i >= 0 && i < ts.size() && (BETWEEN.contains(ts.get(i).kind()) || partDash(ts, i))) {
            i += step;
        }
        return i;
    }

    /** The dash of "mid-18th": it belongs to the part word, not a range. */
    private static boolean partDash(List<Token> ts, int i) {
        return i > 0 && ts.get(i).is(TokenKind.RANGE) && ts.get(i - 1).is(TokenKind.PART)
                && Elements.glued(ts.get(i - 1), ts.get(i));
    }

    private static boolean join(Token t) {
        return t.is(TokenKind.LIST) || t.is(TokenKind.OR) || t.is(TokenKind.RANGE) || t.is(TokenKind.BEFORE);
    }

    private static boolean number(Token t) {
        return (t.is(TokenKind.NUMBER) || t.is(TokenKind.ROMAN)) && t.value() >= 1 && t.value() <= 21 && t.digits() <= 2;
    }

    /** "19th c.": the circa letter after an ordinal is the century's abbreviation. */
    private static boolean abbreviatedCentury(Match m) {
        Token c = m.get(1);
        return m.get(0).is(TokenKind.NUMBER) && !m.get(0).text().isEmpty() && !m.get(0).text().equals(".")
                && c.end() - c.begin() <= 2;
    }

    private static Element centuryJoin() {
        return kind(TokenKind.RANGE, TokenKind.BEFORE, TokenKind.LIST, TokenKind.OR);
    }

    /** Two centuries: a range, or a list ("17th and 18th centuries"), or one of them; earlier first. */
    private static DateValue centuries(Match m, int a, int join, int b) {
        if (m.value(a) >= m.value(b)) {
            return null;
        }
        Token j = m.get(join);
        return j.is(TokenKind.LIST) || j.is(TokenKind.OR)
                ? new DateSet(List.of(century(m.get(a)), century(m.get(b))), j.is(TokenKind.OR))
                : new Span(century(m.get(a)), century(m.get(b)));
    }

    /** 1 to 21, not a year written with an apostrophe ('20 is 1920, never the twentieth century). */
    private static Element centuryNumber(Elements e) {
        return new Element(java.util.EnumSet.of(TokenKind.NUMBER, TokenKind.ROMAN),
                t -> t.value() >= 1 && t.value() <= 21 && t.digits() <= 2 && !t.text().startsWith("'"), false, false);
    }

    private static DateValue century(Token n) {
        return new Single(Point.of((n.value() - 1) * 100, null, null), Extent.CENTURY, -1, false);
    }
}
