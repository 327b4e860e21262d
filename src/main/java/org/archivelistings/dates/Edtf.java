package org.archivelistings.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an expression already written in EDTF (levels 0-1: dates, intervals, open ends, ~ ? and XX). */
final class Edtf {
    private static final Pattern PART = Pattern.compile("(\\d{4})(?:-(\\d{2}|XX|uu))?(?:-(\\d{2}|XX|uu))?([~?%]?)");

    private Edtf() {}

    /** The expression as a normalized date, or null when it is not EDTF. */
    static NormalizedDate parse(String text) {
        String t = text.strip();
        if (t.length() > 2 && (t.charAt(0) == '[' || t.charAt(0) == '{') && t.matches("[\\[{][0-9X.,~?%-]+[]}]")
                && (t.contains(",") || t.contains(".."))) {
            return set(text, t);
        }
        String[] sides = t.split("/", -1);
        if (sides.length > 2 || !t.matches("[0-9X./~?%u-]+") || !t.matches(".*\\d{4}.*")) {
            return null;
        }
        try {
            if (sides.length == 1) {
                Part p = part(sides[0]);
                return p == null ? null : new NormalizedDate(text, p.start, p.end, p.precision, p.edtf, p.flags,
                        YearSource.EXPLICIT, List.of());
            }
            Part a = sides[0].equals("..") || sides[0].isEmpty() ? null : part(sides[0]);
            Part b = sides[1].equals("..") || sides[1].isEmpty() ? null : part(sides[1]);
            if ((a == null && !sides[0].equals("..")) || (b == null && !sides[1].equals(".."))) {
                return null;
            }
            if (a != null && b != null && b.end.isBefore(a.start)) {
                return null;
            }
            return new NormalizedDate(text, a == null ? null : a.start, b == null ? null : b.end, Precision.RANGE,
                    (a == null ? ".." : a.edtf) + "/" + (b == null ? ".." : b.edtf), EnumSet.noneOf(DateFlag.class),
                    YearSource.EXPLICIT, List.of());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** An EDTF set {…} or one-of […], members or member ranges a..b: start and end the earliest and latest day. */
    private static NormalizedDate set(String text, String t) {
        java.time.LocalDate start = null;
        java.time.LocalDate end = null;
        try {
            for (String member : t.substring(1, t.length() - 1).split(",")) {
                for (String side : member.split("\\.\\.", -1)) {
                    Part p = side.isEmpty() ? null : part(side);
                    if (p == null) {
                        return null;
                    }
                    start = start == null || p.start.isBefore(start) ? p.start : start;
                    end = end == null || p.end.isAfter(end) ? p.end : end;
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return new NormalizedDate(text, start, end, Precision.SET, t, EnumSet.noneOf(DateFlag.class), YearSource.EXPLICIT,
                List.of());
    }

    private static String season(int y, int season) {
        return String.format("%04d-%d", y, season);
    }

    private record Part(LocalDate start, LocalDate end, Precision precision, String edtf, Set<DateFlag> flags) {}

    private static Part part(String written) {
        // Level 2 puts qualifiers on a component (2004?-06-11, 2004-~06): the bounds are those of the date
        String s = written;
        String inner = written.substring(0, Math.max(0, written.length() - 1));
        if (inner.matches(".*[~?%].*")) {
            Part p = part(written.replaceAll("[~?%]", ""));
            if (p == null) {
                return null;
            }
            Set<DateFlag> f = EnumSet.noneOf(DateFlag.class);
            f.add(written.contains("?") ? DateFlag.UNCERTAIN : DateFlag.APPROXIMATE);
            return new Part(p.start, p.end, p.precision, written, f);
        }
        Matcher m = PART.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        String mo = m.group(2);
        String d = m.group(3);
        Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
        String q = m.group(4);
        if (q.equals("~") || q.equals("%")) {
            flags.add(DateFlag.APPROXIMATE);
        }
        if (q.equals("?") || q.equals("%")) {
            flags.add(DateFlag.UNCERTAIN);
        }
        if (mo == null || mo.equals("XX") || mo.equals("uu")) {
            String e = mo == null ? m.group(1) : m.group(1) + "-XX";
            return new Part(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, e + q, flags);
        }
        int month = Integer.parseInt(mo);
        if (month >= 21 && month <= 24) {
            int[][] seasons = {{3, 5}, {6, 8}, {9, 11}, {12, 2}};
            int[] span = seasons[month - 21];
            LocalDate start = span[0] > span[1] ? LocalDate.of(y - 1, span[0], 1) : LocalDate.of(y, span[0], 1);
            return new Part(start, YearMonth.of(y, span[1]).atEndOfMonth(), Precision.RANGE, season(y, month) + q,
                    flags);
        }
        YearMonth ym = YearMonth.of(y, month);
        if (d == null || d.equals("XX") || d.equals("uu")) {
            return new Part(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, String.format("%04d-%02d", y, month) + q,
                    flags);
        }
        LocalDate day = ym.atDay(Integer.parseInt(d));
        return new Part(day, day, Precision.DAY, day + q, flags);
    }
}
