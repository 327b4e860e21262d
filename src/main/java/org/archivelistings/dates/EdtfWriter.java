package org.archivelistings.dates;

/** Writes the Library of Congress EDTF strings (levels 0-2) of the dates the grammar builds. */
final class EdtfWriter {
    private EdtfWriter() {}

    static String point(Integer year, Integer month, Integer day) {
        StringBuilder sb = new StringBuilder(10);
        if (year == null) {
            sb.append("XXXX");
        } else {
            pad(sb, year, 4);
        }
        if (month != null) {
            pad(sb.append('-'), month, 2);
            if (day != null) {
                pad(sb.append('-'), day, 2);
            }
        }
        return sb.toString();
    }

    static String point(Point p) {
        return point(p.year(), p.month(), p.day());
    }

    static String season(Integer year, int code) {
        return (year == null ? "XXXX" : pad(new StringBuilder(), year, 4).toString()) + "-" + code;
    }

    /** 195X for the 1950s, 17XX for the eighteenth century. */
    static String masked(int year, int knownDigits) {
        String digits = pad(new StringBuilder(), year, 4).substring(0, knownDigits);
        return digits + "X".repeat(4 - knownDigits);
    }

    /** An interval from the first side of one EDTF to the last side of another (".." for an open side). */
    static String interval(String from, String to) {
        String a = from == null ? ".." : from.contains("/") && !from.startsWith("{") && !from.startsWith("[")
                ? from.substring(0, from.indexOf('/')) : from;
        String b = to == null ? ".." : to.contains("/") && !to.startsWith("{") && !to.startsWith("[")
                ? to.substring(to.indexOf('/') + 1) : to;
        return a + "/" + b;
    }

    /** A set ({…}) or one-of ([…]) of EDTF members; a member interval is written a..b. */
    static String set(java.util.List<String> members, boolean oneOf) {
        StringBuilder sb = new StringBuilder(oneOf ? "[" : "{");
        for (int i = 0; i < members.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(members.get(i).replace("/", ".."));
        }
        return sb.append(oneOf ? ']' : '}').toString();
    }

    /** ~ on each side of an interval, or after a date. */
    static String approximate(String edtf) {
        if (edtf.startsWith("{") || edtf.startsWith("[")) {
            return edtf;
        }
        int slash = edtf.indexOf('/');
        if (slash < 0) {
            return side(edtf);
        }
        String a = edtf.substring(0, slash);
        String b = edtf.substring(slash + 1);
        return side(a) + "/" + side(b);
    }

    private static String side(String s) {
        return s.equals("..") || s.endsWith("~") || s.endsWith("%") ? s : s.endsWith("?") ? s.substring(0,
                s.length() - 1) + "%" : s + "~";
    }

    static String uncertain(String edtf) {
        if (edtf.endsWith("~")) {
            return edtf.substring(0, edtf.length() - 1) + "%";
        }
        return edtf.endsWith("?") || edtf.endsWith("%") ? edtf : edtf + "?";
    }

    /** Zero-padded digits; by hand because String.format dominated the date-line path. */
    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}
