package org.archivelistings.dates;

/** What a token of a text is, for the date grammar. The lexicon files name these in lower case. */
enum TokenKind {
    /** Digits, a spelled-out number or CJK numerals; {@link Token#value} the number. */
    NUMBER,
    /** A year with unknown digits: 182X, 18--, 182?; value the known prefix, digits how many are known. */
    MASKED,
    ROMAN,
    MONTH,
    SEASON,
    /** early / mid / late (value 0, 1, 2): beginning of, Anfang, в конце, 中旬, 초. */
    PART,
    /** The noun "half" (half, Hälfte, половина), a first or second half after an ordinal: "2nd half of", "II половина". */
    HALF,
    /**
     * The noun "quarter" (Quartal, квартал, trimestre, kwartał, čtvrtletí, negyedév, 季度, 분기): value 0, a quarter
     * after or before its ordinal; or a word that names its quarter (Q3, last quarter): value 1-4.
     */
    QUARTER,
    CIRCA,
    /** A word that makes the date after it uncertain: probably, wahrscheinlich, вероятно, 可能. */
    UNCERTAIN,
    /** A circa word written after the date: körül, 左右, 경, 頃. */
    CIRCA_POST,
    /** early / mid / late written after the date: elején, 初, 中旬, 말. */
    PART_POST,
    /** An open start written before the date: before, until, not later than, vor, до. */
    BEFORE,
    /** An open start written after the date: 以前, 이전, előtt. */
    BEFORE_POST,
    /** An open end written before the date: after, since, после, nach. */
    AFTER,
    /** An open end written after the date: or later, oder später, 以后, 이후. */
    AFTER_POST,
    /** Between two dates: - – to through bis по au al 至 부터 ~. */
    RANGE,
    /** Before the first of two dates: from, с, von, du, del, od, between. */
    FROM,
    /** After the last of two dates: 까지, 止. */
    CLOSE,
    LIST,
    OR,
    UNDATED,
    CENTURY,
    /** A decade word: Jahre, годы, 年代, 년대, années. */
    DECADE,
    /** A word that only marks a year: г., года, roku, évben. */
    YEAR_MARK,
    /** "the month", "du mois", "месяца", "本月": the month the context names ("at the end of the month"). */
    THE_MONTH,
    CJK_YEAR,
    CJK_MONTH,
    CJK_DAY,
    WEEKDAY,
    /** A holiday on a fixed day (Christmas, New Year's Eve, 国庆节); value the month and day, 1225. */
    HOLIDAY,
    /** "for the year ending": a fiscal year that ends on the date after it. */
    YEAR_ENDING,
    /** No., Nº, #, Number: the numbers after it are a reference. */
    REFERENCE,
    /** Words a date may hold that say nothing: of, the, de, le, в, day; skipped inside a pattern. */
    FILLER,
    /** Brackets and quotes: skipped inside a pattern, read around a date. */
    BRACKET,
    PUNCT,
    /** A number glued to letters that are no suffix (1629Z), or a reference's digits: never a date. */
    CODE,
    /** A first-pass date standing for the tokens it was built from. */
    DATE,
    /** A time of day (22:56, 00:00:00): skipped inside a pattern, so "Jan 1 00:00:00 1970" reads as a date. */
    TIME,
    /** Any run of other words. */
    OTHER
}
