package org.archivelistings.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the rules built into normalized dates: a missing year from the context (flagged inferred),
 * start and end days by the conventions, the precision, the EDTF string. Null when the date cannot be
 * (31 September, a range that ends before it starts).
 */
final class Finisher {
    private final Conventions conventions;

    Finisher(Conventions conventions) {
        this.conventions = conventions;
    }

    NormalizedDate finish(String text, DateValue v, Point context) {
        if (v instanceof Single s) {
            return single(text, s, context);
        }
        if (v instanceof Span s) {
            return span(text, s, context);
        }
        if (v instanceof DateSet s) {
            return set(text, s, context);
        }
        return marked(text, (Marked) v, context);
    }

    private NormalizedDate single(String text, Single s, Point context) {
        Point p = s.point();
        Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
        if (p.year() == null && context != null) {
            p = new Point(context.year(), p.month(), p.day(), YearSource.CONTEXT);
            flags.add(DateFlag.INFERRED);
        }
        if (p.month() != null && p.month() == Point.CONTEXT_MONTH) {
            // "月初", "at the end of the month": the month the context names, else no date
            if (context == null || context.month() == null) {
                return null;
            }
            p = new Point(p.year(), context.month(), p.day(), p.source());
            flags.add(DateFlag.INFERRED);
        }
        if (!valid(p)) {
            return null;
        }
        Integer y = p.year();
        return switch (s.extent()) {
            case POINT -> p.month() == null && y == null ? null
                    : date(text, first(p), last(p), p.precision(), EdtfWriter.point(p), flags, p);
            case SEASON -> {
                int[] m = conventions.season(s.code());
                LocalDate start = y == null ? null : LocalDate.of(m[0] > m[1] ? y - 1 : y, m[0], 1);
                LocalDate end = y == null ? null : YearMonth.of(y, m[1]).atEndOfMonth();
                yield date(text, start, end, Precision.SEASON, EdtfWriter.season(y, s.code()), flags, p);
            }
            case PART -> part(text, p, s.code(), flags);
            case DECADE -> years(text, y, 10, s.code() < 0 ? null : conventions.decadePart(s.code()), 3,
                    Precision.DECADE, flags, p);
            case CENTURY -> years(text, y, 100, s.code() < 0 ? null : conventions.centuryPart(s.code()), 2,
                    Precision.CENTURY, flags, p);
        };
    }

    private NormalizedDate part(String text, Point p, int part, Set<DateFlag> flags) {
        if (p.day() != null) {
            return null;
        }
        Point a;
        Point b;
        if (p.month() != null) {
            int[] days = conventions.monthPart(part);
            int length = YearMonth.of(p.year() == null ? 2000 : p.year(), p.month()).lengthOfMonth();
            a = new Point(p.year(), p.month(), days[0], p.source());
            b = new Point(p.year(), p.month(), Math.min(days[1], length), p.source());
        } else {
            int[] months = conventions.yearPart(part);
            a = new Point(p.year(), months[0], null, p.source());
            b = new Point(p.year(), months[1], null, p.source());
        }
        String edtf = EdtfWriter.point(a) + "/" + EdtfWriter.point(b);
        return date(text, p.year() == null ? null : first(a), p.year() == null ? null : last(b), Precision.RANGE, edtf,
                flags, p);
    }

    private NormalizedDate years(String text, Integer y, int length, int[] part, int known, Precision whole,
            Set<DateFlag> flags, Point p) {
        if (y == null) {
            return null;
        }
        if (part == null) {
            return date(text, LocalDate.of(y, 1, 1), LocalDate.of(y + length - 1, 12, 31), whole,
                    EdtfWriter.masked(y, known), flags, p);
        }
        int a = y + part[0];
        int b = y + part[1];
        return date(text, LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31), Precision.RANGE,
                EdtfWriter.point(a, null, null) + "/" + EdtfWriter.point(b, null, null), flags, p);
    }

    private NormalizedDate span(String text, Span s, Point context) {
        NormalizedDate a = s.from() == null ? null : finish(text, s.from(), context);
        NormalizedDate b = s.to() == null ? null : finish(text, s.to(), context);
        if ((a == null && s.from() != null) || (b == null && s.to() != null)) {
            return null;
        }
        LocalDate start = a == null ? null : a.start();
        LocalDate end = b == null ? null : b.end();
        if (start != null && end != null && end.isBefore(start) || nested(a, b)) {
            return null;
        }
        Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
        List<String> warnings = new ArrayList<>();
        YearSource source = YearSource.NONE;
        for (NormalizedDate d : new NormalizedDate[] {a, b}) {
            if (d != null) {
                flags.addAll(d.flags());
                flags.remove(DateFlag.APPROXIMATE);
                warnings.addAll(d.warnings());
                source = d.yearSource() == YearSource.EXPLICIT || source == YearSource.NONE ? d.yearSource() : source;
            }
        }
        return new NormalizedDate(text, start, end, Precision.RANGE,
                EdtfWriter.interval(a == null ? null : a.edtf(), b == null ? null : b.edtf()), flags, source,
                        List.copyOf(warnings));
    }

    /** "1812-Jun": a range from a date to a part of it (or back) is no range. */
    private static boolean nested(NormalizedDate a, NormalizedDate b) {
        if (a == null || b == null || a.start() == null || b.start() == null || a.end() == null || b.end() == null) {
            return false;
        }
        boolean aHoldsB = !b.start().isBefore(a.start()) && !b.end().isAfter(a.end());
        boolean bHoldsA = !a.start().isBefore(b.start()) && !a.end().isAfter(b.end());
        return aHoldsB || bHoldsA;
    }

    private NormalizedDate set(String text, DateSet s, Point context) {
        List<String> members = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
        YearSource source = YearSource.NONE;
        for (DateValue v : s.items()) {
            NormalizedDate d = finish(text, v, context);
            if (d == null) {
                return null;
            }
            members.add(d.edtf());
            start = start == null || (d.start() != null && d.start().isBefore(start)) ? d.start() : start;
            end = end == null || (d.end() != null && d.end().isAfter(end)) ? d.end() : end;
            flags.addAll(d.flags());
            source = source == YearSource.NONE ? d.yearSource() : source;
        }
        return new NormalizedDate(text, start, end, Precision.SET, EdtfWriter.set(members, s.oneOf()), flags, source,
                List.of());
    }

    private NormalizedDate marked(String text, Marked m, Point context) {
        NormalizedDate d = finish(text, m.inner(), context);
        if (d == null) {
            return null;
        }
        String edtf = d.edtf();
        if (m.flags().contains(DateFlag.APPROXIMATE)) {
            edtf = EdtfWriter.approximate(edtf);
        }
        if (m.flags().contains(DateFlag.UNCERTAIN)) {
            edtf = EdtfWriter.uncertain(edtf);
        }
        Set<DateFlag> flags = EnumSet.copyOf(m.flags());
        flags.addAll(d.flags());
        List<String> warnings = new ArrayList<>(d.warnings());
        m.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        return new NormalizedDate(text, d.start(), d.end(), d.precision(), edtf, flags, d.yearSource(),
                List.copyOf(warnings));
    }

    private static NormalizedDate date(String text, LocalDate start, LocalDate end, Precision precision, String edtf,
            Set<DateFlag> flags, Point p) {
        return new NormalizedDate(text, start, end, precision, edtf, flags, p.source(), List.of());
    }

    static boolean valid(Point p) {
        if (p.month() != null && (p.month() < 1 || p.month() > 12)) {
            return false;
        }
        if (p.year() != null && (p.year() < 1 || p.year() > 9999)) {
            return false;
        }
        if (p.day() != null) {
            if (p.month() == null || p.day() < 1) {
                return false;
            }
            return p.day() <= YearMonth.of(p.year() == null ? 2000 : p.year(), p.month()).lengthOfMonth();
        }
        return true;
    }

    private static LocalDate first(Point p) {
        return p.year() == null ? null : LocalDate.of(p.year(), p.month() == null ? 1 : p.month(), p.day() == null ? 1
                : p.day());
    }

    private static LocalDate last(Point p) {
        if (p.year() == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(p.year(), p.month() == null ? 12 : p.month());
        return p.day() == null ? ym.atEndOfMonth() : ym.atDay(p.day());
    }
}
