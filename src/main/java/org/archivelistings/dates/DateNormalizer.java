package org.archivelistings.dates;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns date expressions, or free text holding dates, into normalized dates: start and end days, a
 * precision, an EDTF string, flags and warnings. It never invents: a part the text does not give stays
 * unknown, and a missing year comes only from the context date the caller passes (and says so).
 *
 * <p>A thin face over the date grammar: a {@link Lexer} turns the text into tokens, the {@link Grammar}'s
 * rules build dates in passes ({@link DateReader}), the {@link Finisher} applies the conventions. Immutable
 * and thread-safe.
 */
public final class DateNormalizer {
    private static final DateNormalizer STANDARD = new DateNormalizer();
    /** The listing date line shapes, read without the grammar (most of the volume). */
    private static final Pattern LISTING_LINE = Pattern.compile("([A-Z][a-z]+)(?: (\\d{1,2}))?,? (\\d{4})|(\\d{4})");

    private final Lexicon lexicon;
    private final DateReader reader;

    public static DateNormalizer standard() {
        return STANDARD;
    }

    private DateNormalizer() {
        lexicon = new Lexicon();
        Conventions conventions = new Conventions();
        reader = new DateReader(new Lexer(lexicon), new Grammar(new Elements(lexicon, conventions)),
                new Finisher(conventions));
    }

    /** A whole expression, e.g. a record's date line: one result, UNKNOWN with EDTF "XXXX" when none. */
    public NormalizedDate normalize(String expression, NormalizedDate context) {
        String text = expression == null ? "" : expression.strip();
        if (text.isEmpty()) {
            return unknown(text, List.of());
        }
        NormalizedDate fast = listingLine(text);
        if (fast != null) {
            return fast;
        }
        if (reader.undated(text)) {
            return unknown(text, List.of());
        }
        NormalizedDate edtf = Edtf.parse(text);
        if (edtf != null) {
            return edtf;
        }
        List<FoundDate> found = extract(text, context);
        if (found.isEmpty()) {
            return unknown(text, List.of("unreadable"));
        }
        NormalizedDate d = found.get(0).date();
        return new NormalizedDate(text, d.start(), d.end(), d.precision(), d.edtf(), d.flags(), d.yearSource(),
                d.warnings());
    }

    /** Every date inside a free text (title, summary), in text order, with spans. */
    public List<FoundDate> extract(String text, NormalizedDate context) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Point at = context == null || context.start() == null ? null : new Point(context.start().getYear(),
                context.precision() == Precision.DAY || context.precision() == Precision.MONTH
                        ? context.start().getMonthValue() : null, null, YearSource.CONTEXT);
        return reader.read(text, at);
    }

    /** Parses a context given as "YYYY-MM-DD" or "YYYY". */
    public NormalizedDate context(String isoDateOrYear) {
        NormalizedDate d = normalize(isoDateOrYear, null);
        return d.start() == null ? null : d;
    }

    /** True when the record's date lies outside every date its title names. */
    public static boolean conflicts(NormalizedDate record, List<NormalizedDate> titleDates) {
        if (record.start() == null || record.end() == null || titleDates.isEmpty()) {
            return false;
        }
        boolean anyKnown = false;
        for (NormalizedDate t : titleDates) {
            if (t.start() == null || t.end() == null) {
                continue;
            }
            anyKnown = true;
            if (!record.end().isBefore(t.start()) && !record.start().isAfter(t.end())) {
                return false;
            }
        }
        return anyKnown;
    }

    private NormalizedDate listingLine(String text) {
        Matcher m = LISTING_LINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        if (m.group(4) != null) {
            return whole(text, Point.of(Integer.parseInt(m.group(4)), null, null));
        }
        int[] end = new int[1];
        Trie.Entry month = lexicon.words.longest(m.group(1), 0, end);
        if (month == null || month.kind() != TokenKind.MONTH || end[0] != m.group(1).length()) {
            return null;
        }
        Integer day = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return whole(text, Point.of(Integer.parseInt(m.group(3)), month.value(), day));
    }

    private static NormalizedDate whole(String text, Point p) {
        if (!Finisher.valid(p)) {
            return null;
        }
        java.time.LocalDate start = java.time.LocalDate.of(p.year(), p.month() == null ? 1 : p.month(), p.day() == null
                ? 1 : p.day());
        java.time.LocalDate end = p.day() != null ? start : p.month() != null
                ? java.time.YearMonth.of(p.year(), p.month()).atEndOfMonth() : java.time.LocalDate.of(p.year(), 12, 31);
        return new NormalizedDate(text, start, end, p.precision(), EdtfWriter.point(p), EnumSet.noneOf(DateFlag.class),
                YearSource.EXPLICIT, List.of());
    }

    private static NormalizedDate unknown(String text, List<String> warnings) {
        return new NormalizedDate(text, null, null, Precision.UNKNOWN, "XXXX", EnumSet.noneOf(DateFlag.class),
                YearSource.NONE, warnings);
    }
}
