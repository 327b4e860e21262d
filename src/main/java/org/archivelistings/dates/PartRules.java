package org.archivelistings.dates;

import static org.archivelistings.dates.Elements.date;
import static org.archivelistings.dates.Elements.kind;

import java.util.List;

/**
 * Second pass, twice (a decade of a century, then its part: "20世纪50年代末"): early, mid and late parts and
 * first and second halves of a month, year, decade or century, whatever rule built it —
 * before it ("late September 1956", "end of 1955", "в конце 1943-го", "a principios de junio") or after it
 * (Hungarian "június elején", CJK "6月初", "1812年底", Korean "1950년대 초").
 */
final class PartRules {
    /**
     * Lexicon part values from this one up name a ten-day period of a month (Russian декада, French décade,
     * Italian decade, Spanish decena), the month's early, mid or late part by its convention; never a year's.
     */
    static final int TEN_DAYS = 10;

    private PartRules() {}

    static List<Rule> rules(Elements e) {
        return List.of(
                new Rule("part before a date", 30, List.of(kind(TokenKind.PART), kind(TokenKind.RANGE,
                        TokenKind.FROM).opt(), date()),
                        m -> part(e, m.get(2).date(), m.value(0)),
                        "late September 1956 => 1956-09-21/1956-09-30", "end of 1955 => 1955-10/1955-12",
                        "at the end of 1955 => 1955-10/1955-12", "early 1960s => 1960/1963",
                        "mid-June 1812 => 1812-06-11/1812-06-20",
                        "Anfang Juni 1812 => 1812-06-01/1812-06-10", "début juin 1812 => 1812-06-01/1812-06-10",
                        "a principios de junio de 1812 => 1812-06-01/1812-06-10",
                        "в конце июня 1812 года => 1812-06-21/1812-06-30",
                        "в начале 1944 года => 1944-01/1944-03", "koncem června 1812 => 1812-06-21/1812-06-30",
                        "na początku 1812 r. => 1812-01/1812-03",
                        "la sfârșitul lui iunie 1812 => 1812-06-21/1812-06-30",
                        "alla fine del 1812 => 1812-10/1812-12", "early 18th century => 1700/1732",
                        "late 1950s => 1957/1959",
                        "in the middle of December | 1956 => 1956-12-11/1956-12-20",
                        "late February 1956 => 1956-02-21/1956-02-29",
                        "the first half of 1956 => 1956-01/1956-06", "the second half of June 1956 => 1956-06-16/1956-06-30",
                        "in der zweiten Hälfte der 1950er Jahre => 1955/1959", "во второй половине XVIII века => 1750/1799",
                        "dans la première moitié du XVIIIe siècle => 1700/1749", "la segunda mitad del siglo XVIII => 1750/1799",
                        "nella prima metà del 1956 => 1956-01/1956-06", "w drugiej połowie XVIII wieku => 1750/1799",
                        "ve druhé polovině 18. století => 1750/1799", "în prima jumătate a anului 1956 => 1956-01/1956-06",
                        "к концу 1956 года => 1956-10/1956-12", "vers le milieu du XVIIIe siècle => 1733~/1765~",
                        "early summer 1956 => 1956-06", "late winter 1956 => 1956-02", "early winter 1956 => 1955-12",
                        "в конце лета 1956 года => 1956-08", "à la fin de l'été 1956 => 1956-08",
                        "a late report => none", "early 3 June 1812 => 1812-06-03",
                        "во второй декаде июня 1956 г. => 1956-06-11/1956-06-20",
                        "la première décade de juin 1956 => 1956-06-01/1956-06-10",
                        "w ostatniej dekadzie czerwca 1956 r. => 1956-06-21/1956-06-30",
                        "в первой декаде 1956 года => 1956", "вторая декада => none"),
                new Rule("numbered half", 32, List.of(ordinalOneOrTwo(e), kind(TokenKind.HALF, TokenKind.PART)
                        .and(t -> t.is(TokenKind.HALF) || t.value() == 1), kind(TokenKind.FROM).opt(), date()),
                        m -> part(e, m.get(3).date(), m.value(0) + 2),
                        "the 2nd half of the 19th century => 1850/1899", "1st half of 1956 => 1956-01/1956-06",
                        "2. Hälfte des 19. Jahrhunderts => 1850/1899", "2-я половина XIX века => 1850/1899",
                        "II половина XIX века => 1850/1899", "II половина XIX ст. => 1850/1899",
                        "ІІ половина ХІХ століття => 1850/1899", "primeira metade do século XX => 1900/1949",
                        "II połowa XIX wieku => 1850/1899", "w II połowie XIX w. => 1850/1899",
                        "I połowa 1956 r. => 1956-01/1956-06", "2. polovina 19. století => 1850/1899",
                        "la 2e moitié du XIXe siècle => 1850/1899", "la 2ª mitad del siglo XIX => 1850/1899",
                        "2ª metà del XIX secolo => 1850/1899", "3rd half of 1956 => 1956", "II половина => none"),
                new Rule("decade of a century", 35, List.of(date(), date()), m -> decade(m.get(0), m.get(1)),
                        "二十世纪五十年代 => 195X", "十九世纪八十年代 => 188X", "a XIX. század 20-as évei => 182X", "1956 1957 => 1956", "世纪 => none"),
                new Rule("decade before its century", 35, List.of(date(), kind(TokenKind.FROM).opt(), date()),
                        m -> decade(m.get(2), m.get(0)),
                        "20-е годы XIX века => 182X", "lata 20. XIX wieku => 182X", "die 20er Jahre des 19. Jahrhunderts => 182X",
                        "les années 20 du XIXe siècle => 182X", "gli anni '20 del XIX secolo => 182X",
                        "los años 20 del siglo XIX => 182X", "20. léta 19. století => 182X",
                        "anii '20 ai secolului al XIX-lea => 182X", "1820s 19th century => 182X", "XIX века => 18XX",
                        "годы века => none"),
                new Rule("part after a date", 30, List.of(date(), kind(TokenKind.PART_POST)),
                        m -> part(e, m.get(0).date(), m.value(1)),
                        "1812 június elején => 1812-06-01/1812-06-10", "1812年6月中旬 => 1812-06-11/1812-06-20",
                        "6月初 | 1812 => 1812-06-01/1812-06-10", "1812年底 => 1812-10/1812-12", "1950년대 초 => 1950/1953",
                        "18世纪末 => 1766/1799", "1812 végén => 1812-10/1812-12", "1956년 6월 말 => 1956-06-21/1956-06-30",
                        "1956 első felében => 1956-01/1956-06", "1956年上半年 => 1956-01/1956-06", "18世纪下半叶 => 1750/1799",
                        "1956년 하반기 => 1956-07/1956-12", "20世纪50年代末 => 1957/1959", "1950年代中期 => 1954/1956",
                        "18세기 중반 => 1733/1765", "初 => none"));
    }

    /** 1 or 2 as an ordinal: "2nd", "2.", "2-я", "2e", "2ª", or the Roman II; its value the number. */
    private static Element ordinalOneOrTwo(Elements e) {
        Element day = e.day();
        return kind(TokenKind.NUMBER, TokenKind.ROMAN).and(t -> (t.value() == 1 || t.value() == 2)
                && (t.is(TokenKind.ROMAN) ? t.text().isEmpty() || t.text().equals(".")
                        : t.digits() == 1 && !t.text().isEmpty() && day.accepts(t)));
    }

    /**
     * A two-digit decade (read as 19xx alone) and the century it belongs to, in either order: "二十世纪五十年代", after
     * a Hungarian century ("a XIX. század 20-as évei"), before it elsewhere ("20-е годы XIX века").
     */
    private static DateValue decade(Token century, Token decade) {
        if (century.date() instanceof Single c && c.extent() == Extent.CENTURY && c.code() < 0
                && decade.date() instanceof Single d && d.extent() == Extent.DECADE && d.code() < 0
                && d.point().source() == YearSource.TWO_DIGIT_PIVOT) {
            return new Single(Point.of(c.point().year() + d.point().year() % 100, null, null), Extent.DECADE, -1,
                    false);
        }
        return null;
    }

    private static DateValue part(Elements e, DateValue v, int part) {
        if (!(v instanceof Single s) || (s.code() >= 0 && s.extent() != Extent.SEASON)) {
            return null;
        }
        if (part >= TEN_DAYS) {
            return s.extent() == Extent.POINT && s.point().month() != null && s.point().day() == null
                    ? new Single(s.point(), Extent.PART, part - TEN_DAYS, false) : null;
        }
        return switch (s.extent()) {
            case POINT -> s.point().day() == null ? new Single(s.point(), Extent.PART, part, false) : null;
            case DECADE, CENTURY -> new Single(s.point(), s.extent(), part, false);
            case SEASON -> e.seasonPart(s.point(), s.code(), part);
            default -> null;
        };
    }
}
