package org.archivelistings.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns date expressions, or free text holding dates, into normalized dates: start and end days, a
 * precision, an EDTF string, flags and warnings. It never invents: a part the text does not give stays
 * unknown, and a missing year comes only from the context date the caller passes (and says so).
 *
 * <p>How: "atoms" (a day with its month, a month with its year, a year, a decade, a season, numeric and
 * CJK forms) are found by patterns built from readable tables; atoms joined by a range word ("to",
 * "-", "through", "부터 … 까지") or a list word ("and", "&") are combined, the later atom lending its
 * month and year to the earlier; qualifiers around an atom (ca., [ ], ?) set its flags. Hand-written
 * because no date library reads archival ranges and partial dates without filling gaps from today.
 * Immutable and thread-safe.
 */
public final class DateNormalizer {
    private static final DateNormalizer STANDARD = new DateNormalizer(new DateTables());
    private static final String ROMAN = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";
    private static final List<String> ROMANS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
    /** The listing date line shapes, read without the general machinery (most of the volume). */
    private static final Pattern LISTING_LINE =
            Pattern.compile("([A-Z][a-z]+)(?: (\\d{1,2}))?,? (\\d{4})|(\\d{4})");

    /** The atom patterns that start at the first digit of a number, and those that start at a month name. */
    private static final Set<Integer> DIGIT_LED = Set.of(0, 2, 3, 4, 5, 6, 12, 14, 15, 16);
    private static final Set<Integer> MONTH_LED = Set.of(7, 9, 10);
    /** The qualified month ("early December"): it starts with an early/mid/late word. */
    private static final int QUALIFIED_MONTH = 13;
    /** How far before a date the words that extend it ("30-", "early") are looked for. */
    private static final int TAIL = 48;

    private final DateTables tables;
    private final List<Pattern> atoms;
    private final Pattern undated;
    private final Pattern circaBefore;
    private final Pattern rangeBetween;
    private final Pattern listBetween;
    private final Pattern dayBefore;
    private final Pattern dayListBefore;
    private final Pattern trapBefore;
    private final Pattern openBefore;
    private final Pattern openAfter;
    private final Pattern qualifierMonth;
    private final Pattern qualifierYear;
    /** Season and early/mid/late words, lower-cased: a text without one skips the patterns that need it. */
    private final List<String> seasonWords;
    private final List<String> qualifierWords;
    private final int century;

    public static DateNormalizer standard() {
        return STANDARD;
    }

    private DateNormalizer(DateTables tables) {
        this.tables = tables;
        this.century = Integer.parseInt(tables.conventions.getProperty("two-digit-century").strip());
        // A month is any word here, checked against months.tsv in code: an alternation of every month
        // form in nine languages, tried at every position of every title, was most of the job's time.
        String mon = "(?<![\\p{L}])(?<mon>\\p{L}{3,12}\\.?)";
        String mon2 = mon.replace("?<mon>", "?<mon2>");
        String day = "(?<day>[0-3]?\\d)(?:st|nd|rd|th|d|er|-?[aáeé]n|-?jén)?\\.?";
        String yearTail = "(?:\\s*(?:г\\.?|года|год)(?![\\p{L}]))?";
        String year = "(?<year>\\d{4}|['’]\\d{2})" + yearTail;
        String seasons = "(?<season>" + tables.alternation("spring") + "|" + tables.alternation("summer") + "|"
                + tables.alternation("autumn") + "|" + tables.alternation("winter") + ")";
        // ASCII case folding only: months are checked in code, and Unicode case folding at every
        // position of every pattern cost more than the rest of the matching.
        int flags = Pattern.CASE_INSENSITIVE;
        atoms = List.of(
                // ISO and ISO-like: 1956-09-23, 2016-8-15
                Pattern.compile("(?<![\\d/.])(?<year>\\d{4})-(?<mnum>\\d{1,2})-(?<day>\\d{1,2})(?![\\d/])"),
                // CJK and Korean: 1956年9月23日, 1959년 2월 25일, 1956년 4월 23-28일, 1945年8月
                Pattern.compile("(?:(?<year>\\d{4})\\s*[年년]\\s*)?(?<mnum>\\d{1,2})\\s*[月월]\\s*(?:(?<day>\\d{1,2})\\s*(?:[-~–]\\s*(?<day2>\\d{1,2})\\s*)?[日일])?"),
                // Roman-numeral months: 23.IX.1956, 5.I.1958
                Pattern.compile("(?<![\\d.])(?<day>\\d{1,2})\\.\\s?(?<roman>" + ROMAN + ")\\.\\s?(?<year>\\d{4})(?!\\d)"),
                // numeric: 10/14/50, 13.10.50, 12–27–68, 29.01.57, 26. 10.21, 7/4/1776, 11.21.1962
                Pattern.compile("(?<![\\d./–-])(?<a>\\d{1,2})(?<sep>[./–-])\\s?(?<b>\\d{1,2})\\k<sep>\\s?(?<year>\\d{4}|\\d{2})(?![\\d/]|\\.\\d)"),
                // State Department file numbers: 611.93/6–456 (month–day–year suffix)
                Pattern.compile("(?<=\\d/|\\d–KA/|[A-Z]/)(?<fm>1[0-2]|[1-9])[–-](?<fdy>\\d{3,4})(?!\\d)"),
                // year month day: 1776 July 4
                Pattern.compile("(?<![\\d])(?<year>\\d{4})\\s+" + mon + "\\s+" + day + "(?!\\d)", flags),
                // day month year: 30 August 1956, 21 Dec., 1974, 7th of May 1987, 21. Dezember 2013, 23 февраля 1952 г.
                Pattern.compile("(?<![\\d.])(?<!\\d{4}\\s)" + day + "\\s*(?:of\\s+|de\\s+)?" + mon
                        + "(?:\\s*,?\\s*(?:de\\s+|of\\s+)?(?:" + year + "|(?<y2>\\d{2})(?=\\s+\\d{1,2}:)))?(?![\\p{L}\\d])", flags),
                // month day(-day) year: September 01, 1956; November 1-3, 1954; July 4-10, 1776; October3, 1921
                Pattern.compile(mon + "\\s*" + day + "(?:\\s*(?:[-–—]|and|&|to|through)\\s*(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)?(?!\\d)"
                        + "(?:\\s*,?\\s*" + year + ")?(?![\\p{L}\\d])", flags),
                // season and year: spring 1959, Fall 1776, 1776 Spring, 1959年春
                Pattern.compile(seasons + "\\s+(?:of\\s+)?(?<year>\\d{4})|(?<year2>\\d{4})\\s*[年]?\\s*" + seasons.replace("?<season>", "?<season2>"), flags),
                // month and year: October 1976, October, 1966, Juni 1836
                Pattern.compile(mon + "\\s*,?\\s*(?<year>\\d{4})(?!\\d)" + yearTail, flags),
                // month alone, for ranges and lists: Aug - Sept 2018, july and august 1776
                Pattern.compile("(?<![\\p{L}])" + mon + "(?=\\s*(?:[-–—]|and|&|to)\\s*" + mon2 + ")", flags),
                // decades: 1950s, 1770's, early 1960s, '70s, 70's, 1800s
                Pattern.compile("(?<![\\d])(?:(?<dq>early|mid|late)[\\s-]+)?(?<decade>\\d{3}0)['’]?s(?![\\p{L}])|(?<![\\d\\p{L}])['’]?(?<dd>\\d0)['’]?s(?![\\p{L}])", flags),
                // year ranges with an abbreviated end: 1953-61, 1934–41, ca 1776-77
                Pattern.compile("(?<![\\d/.-])(?<year>\\d{4})\\s*[-–]\\s*(?<yend>\\d{2})(?![\\d])"),
                // early / mid / late in a month without a year: "in the middle of December"
                Pattern.compile("(?<q>" + tables.alternation("early") + "|" + tables.alternation("mid") + "|"
                        + tables.alternation("late") + ")\\s*(?:of\\s+)?" + mon + "(?![\\p{L}])", flags),
                // month/year: 04/1972
                Pattern.compile("(?<![\\d/.])(?<mnum>0?[1-9]|1[0-2])/(?<year>\\d{4})(?![\\d/])"),
                // year day month: 1776 4 July
                Pattern.compile("(?<![\\d])(?<year>\\d{4})\\s+" + day + "\\s+" + mon + "(?![\\p{L}])", flags),
                // a year alone
                Pattern.compile("(?<![\\d/.#№])(?<year>1\\d{3}|20\\d{2})(?![\\d]|/\\d)"));
        undated = Pattern.compile("^\\W*(?:" + tables.alternation("undated") + ")\\W*$", flags);
        circaBefore = Pattern.compile("(?:" + tables.alternation("circa") + ")\\s*$|(?<![\\p{L}])c$", flags);
        rangeBetween = Pattern.compile("^\\]?\\s*(?:[-–—~]|to|through|till|until|bis|au|a|al|по|до|and|부터)\\s*(?:the\\s+)?\\[?$", flags);
        listBetween = Pattern.compile("^\\s*(?:,|and|&|or|und|et|y|и|,\\s*and)\\s*$", flags);
        openBefore = Pattern.compile("^\\s*(?:[-–—]|" + tables.alternation("before") + ")\\s+", flags);
        openAfter = Pattern.compile("\\s+(?:" + tables.alternation("after") + "|onwards|and after)\\s*$", flags);
        dayBefore = Pattern.compile("(?<![\\d.])(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?<c>[-–—/]|through|to|till|until|bis|по)\\s*$", flags);
        dayListBefore = Pattern.compile("(?<![\\d.])(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:and|&|und|et|и)\\s*$", flags);
        trapBefore = Pattern.compile("(?:No\\.?|Nº|№|Number|Nr\\.?|#)\\s*$", flags);
        qualifierMonth = Pattern.compile("(?<q>" + tables.alternation("early") + "|" + tables.alternation("mid") + "|"
                + tables.alternation("late") + ")\\s*(?:of\\s+)?$", flags);
        qualifierYear = qualifierMonth;
        seasonWords = lowered(tables, "spring", "summer", "autumn", "winter");
        qualifierWords = lowered(tables, "early", "mid", "late");
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
        if (undated.matcher(text).matches()) {
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
        if (found.size() > 1 && found.stream().allMatch(f -> f.date().precision() == Precision.YEAR || f.date().precision() == Precision.RANGE)
                && listBetween(text, found)) {
            return combineList(text, found);
        }
        FoundDate first = found.get(0);
        NormalizedDate d = rename(first.date(), text);
        if (found.size() == 1 && openBefore.matcher(text.substring(0, first.begin()) + " ").matches()) {
            return new NormalizedDate(text, null, d.end(), Precision.RANGE, "../" + d.edtf(), d.flags(), d.yearSource(), d.warnings());
        }
        if (found.size() == 1 && openAfter.matcher(" " + text.substring(first.end())).matches()) {
            return new NormalizedDate(text, d.start(), null, Precision.RANGE, d.edtf() + "/..", d.flags(), d.yearSource(), d.warnings());
        }
        return d;
    }

    /** Every date inside a free text (title, summary), in text order, with spans. */
    public List<FoundDate> extract(String text, NormalizedDate context) {
        List<FoundDate> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Atom> found = atoms(text);
        Integer contextYear = context == null || context.start() == null ? null : context.start().getYear();
        for (int i = 0; i < found.size(); i++) {
            Atom a = found.get(i);
            Atom b = i + 1 < found.size() ? found.get(i + 1) : null;
            String between = b == null ? "" : text.substring(a.end, b.begin);
            boolean and = between.strip().equalsIgnoreCase("and");
            boolean betweenWord = text.substring(Math.max(0, a.begin - 9), a.begin).toLowerCase(Locale.ROOT).contains("between");
            if (b != null && rangeBetween.matcher(between).matches() && (!and || betweenWord) && a.combinableWith(b)) {
                NormalizedDate r = range(text.substring(a.begin, b.end), a.lend(b), b, contextYear);
                if (r != null) {
                    out.add(new FoundDate(a.begin, b.end, qualify(text, a.begin, b.end, r)));
                    i++;
                    continue;
                }
            }
            if (b != null && listBetween.matcher(text.substring(a.end, b.begin)).matches() && a.isMonthOnly() && b.hasMonth()) {
                NormalizedDate s = set(text.substring(a.begin, b.end), List.of(a.lend(b), b), contextYear);
                if (s != null) {
                    out.add(new FoundDate(a.begin, b.end, s));
                    i++;
                    continue;
                }
            }
            NormalizedDate d = a.toDate(text.substring(a.begin, a.end), contextYear);
            if (d != null) {
                out.add(new FoundDate(a.begin, a.end, qualify(text, a.begin, a.end, d)));
            }
        }
        return out;
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

    // ---- atoms ------------------------------------------------------------------------------------

    /** A date part found in the text: year, month, day (null when the text does not give them). */
    private final class Atom {
        final int begin;
        final int end;
        Integer year;
        Integer month;
        Integer day;
        Integer day2;
        Integer yearEnd;
        int decade = -1;
        String decadeQualifier;
        int season;
        YearSource yearSource = YearSource.EXPLICIT;
        final List<String> warnings = new ArrayList<>();
        final Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
        Integer listDay; // "9 and 12 July": the 9
        Integer rangeDay; // "30-31 August": the 30
        String qualifier; // early / mid / late before a month or year
        boolean oneOf; // "11/12 September": one of the two days

        Atom(int begin, int end) {
            this.begin = begin;
            this.end = end;
        }

        boolean hasMonth() {
            return month != null;
        }

        boolean isMonthOnly() {
            return month != null && day == null && year == null;
        }

        boolean combinableWith(Atom b) {
            return (year != null || month != null || decade >= 0) && (b.year != null || b.month != null || b.decade >= 0);
        }

        /** This atom completed by a later one (its year), and the later by this one when it has none. */
        Atom lend(Atom later) {
            if (year == null && later.year != null && month != null) {
                year = later.year;
                yearSource = later.yearSource;
            } else if (later.year == null && year != null && later.month != null) {
                later.year = year;
                later.yearSource = yearSource;
            }
            return this;
        }

        NormalizedDate toDate(String text, Integer contextYear) {
            if (decade >= 0) {
                return decadeDate(text, this);
            }
            if (season > 0) {
                return seasonDate(text, year, season);
            }
            Integer y = year;
            YearSource source = yearSource;
            if (y == null && contextYear != null) {
                y = contextYear;
                source = YearSource.CONTEXT;
            }
            if (listDay != null && month != null) {
                return set(text, List.of(point(y, month, listDay, source), point(y, month, day, source)));
            }
            if (rangeDay != null && month != null) {
                if (oneOf) {
                    NormalizedDate s = set(text, List.of(point(y, month, rangeDay, source), point(y, month, day, source)));
                    return s == null ? null : withEdtf(s, "[" + s.edtf().substring(1, s.edtf().length() - 1) + "]");
                }
                return range(text, point(y, month, rangeDay, source), point(y, month, day, source));
            }
            if (day2 != null && month != null) {
                return range(text, point(y, month, day, source), point(y, month, day2, source));
            }
            if (yearEnd != null) {
                return range(text, point(year, null, null, source), point(yearEnd, null, null, source));
            }
            if (qualifier != null && month != null && day == null) {
                int[] days = tables.span("month." + role(qualifier));
                if (y == null) {
                    return null;
                }
                YearMonth ym = YearMonth.of(y, month);
                int last = Math.min(days[1], ym.lengthOfMonth());
                return range(text, point(y, month, days[0], source), point(y, month, last, source));
            }
            if (qualifier != null && month == null && y != null) {
                int[] months = tables.span("year." + role(qualifier));
                return range(text, point(y, months[0], null, source), point(y, months[1], null, source));
            }
            return single(text, point(y, month, day, source));
        }
    }

    private List<Atom> atoms(String text) {
        List<Atom> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        boolean digits = false;
        boolean cjk = false;
        boolean slash = false;
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digits |= c >= '0' && c <= '9';
            cjk |= c == '年' || c == '월' || c == '月' || c == '년';
            slash |= c == '/';
            dot |= c == '.';
        }
        List<int[]> windows = digitWindows(text);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean qualifier = containsAny(lower, qualifierWords);
        boolean seasonWord = cjk || containsAny(lower, seasonWords);
        boolean decade = lower.contains("0s") || lower.contains("0's") || lower.contains("0’s");
        int[] digitStarts = digits ? digitRunStarts(text) : new int[0];
        int[] monthStarts = digits ? monthWordStarts(text) : new int[0];
        for (int p = 0; p < atoms.size(); p++) {
            // Skip the forms the text cannot hold: every form but one needs a digit, and some a sign.
            if ((!digits && p != QUALIFIED_MONTH) || (p == QUALIFIED_MONTH && !qualifier) || (p == 1 && !cjk) || (p == 2 && !dot) || ((p == 4 || p == 14) && !slash)
                    || (p == 8 && !seasonWord) || (p == 11 && !decade)) {
                continue;
            }
            Matcher m = atoms.get(p).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            // Most forms can only start at the first digit of a number, or at a month name: try them
            // only there. A find() tries every character of the window, which was most of this class's time.
            int[] starts = DIGIT_LED.contains(p) ? digitStarts : MONTH_LED.contains(p) ? monthStarts
                    : p == QUALIFIED_MONTH && lower.length() == text.length() ? occurrences(lower, qualifierWords) : null;
            for (int[] window : p == QUALIFIED_MONTH ? List.of(new int[] {0, text.length()}) : windows) {
                int from = window[0];
                int next = 0;
                while (from < window[1]) {
                    if (starts != null) {
                        while (next < starts.length && starts[next] < from) {
                            next++;
                        }
                        if (next >= starts.length || starts[next] >= window[1]) {
                            break;
                        }
                        m.region(starts[next], window[1]);
                        if (!m.lookingAt()) {
                            from = starts[next] + 1;
                            continue;
                        }
                    } else {
                        m.region(from, window[1]);
                        if (!m.find()) {
                            break;
                        }
                    }
                    if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) {
                        from = m.start() + 1;
                        continue;
                    }
                    Atom a = atom(p, m, text);
                    if (a == null) {
                        from = m.start() + 1; // not a date: look again one character on
                        continue;
                    }
                    from = m.end();
                    found.add(a);
                    for (int i = a.begin; i < a.end; i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(a -> a.begin));
        return found;
    }

    /**
     * A matcher of a pattern that ends at {@code end} ("…$"), over the few dozen characters before it:
     * searching the whole text before every date made long summaries quadratic.
     */
    private static Matcher tail(Pattern pattern, String text, int end) {
        return pattern.matcher(text).region(Math.max(0, end - TAIL), end).useTransparentBounds(true);
    }

    /** Where each occurrence of one of the words starts in the lower-cased text (which must be as long as the text). */
    private static int[] occurrences(String lower, List<String> words) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (String w : words) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where each run of digits starts (the forms led by a number forbid a digit before it). */
    private static int[] digitRunStarts(String text) {
        int[] out = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Where each word that is a month name (months.tsv) starts. */
    private int[] monthWordStarts(String text) {
        int[] out = new int[8];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            if (j - i >= 3 && j - i <= 12 && tables.month(text.substring(i, j)) != null) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
            i = j;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The stretches of text around digits (every date form but one holds a digit): patterns run only
     * there, which spares them most of a long summary. Lookbehinds still see past a window's edge.
     */
    private static List<int[]> digitWindows(String text) {
        final int reach = 40;
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int j = i;
            while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            int start = Math.max(0, i - reach);
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int end = Math.min(n, j + reach);
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= start) {
                windows.get(windows.size() - 1)[1] = end;
            } else {
                windows.add(new int[] {start, end});
            }
            i = j;
        }
        return windows;
    }

    private static List<String> lowered(DateTables tables, String... roles) {
        List<String> out = new ArrayList<>();
        for (String role : roles) {
            for (String w : tables.words.get(role)) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the lower-cased text holds one of the words (a cheap test before a pattern that needs one). */
    private static boolean containsAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** The atom of pattern {@code p}'s match, or null when it is not a date after all. */
    private Atom atom(int p, Matcher m, String text) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        if (trapBefore.matcher(before).find() && p != 6 && p != 7) {
            return null; // "No. 2509", "Telegram Number 1797"
        }
        int begin = m.start();
        Atom a = new Atom(begin, m.end());
        switch (p) {
            case 0, 1 -> {
                a.year = group(m, "year") == null ? null : Integer.parseInt(group(m, "year"));
                a.month = Integer.parseInt(m.group("mnum"));
                a.day = group(m, "day") == null ? null : Integer.parseInt(group(m, "day"));
                a.day2 = group(m, "day2") == null ? null : Integer.parseInt(group(m, "day2"));
                if (p == 1 && a.year == null && a.day == null) {
                    return null;
                }
            }
            case 2 -> {
                a.day = Integer.parseInt(m.group("day"));
                a.month = ROMANS.indexOf(m.group("roman").toUpperCase(Locale.ROOT)) + 1;
                a.year = Integer.parseInt(m.group("year"));
            }
            case 3 -> {
                int x = Integer.parseInt(m.group("a"));
                int y = Integer.parseInt(m.group("b"));
                boolean european = m.group("sep").equals(".");
                int month = european ? y : x;
                int day = european ? x : y;
                if (month > 12 && day <= 12) {
                    int t = month;
                    month = day;
                    day = t;
                } else if (x <= 12 && y <= 12 && x != y) {
                    a.warnings.add("ambiguous day/month order");
                }
                a.month = month;
                a.day = day;
                yearOf(a, m.group("year"));
            }
            case 4 -> {
                a.month = Integer.parseInt(m.group("fm"));
                String dy = m.group("fdy");
                a.day = Integer.parseInt(dy.substring(0, dy.length() - 2));
                a.year = century + Integer.parseInt(dy.substring(dy.length() - 2));
            }
            case 5, 6, 7, 9, 10 -> {
                a.month = tables.month(m.group("mon"));
                if (a.month == null) {
                    return null;
                }
                if (p != 9 && p != 10) {
                    a.day = Integer.parseInt(m.group("day"));
                }
                String y = group(m, "year");
                if (y == null) {
                    y = group(m, "y2");
                }
                if (y != null) {
                    yearOf(a, y);
                }
                if (p == 7) {
                    a.day2 = group(m, "day2") == null ? null : Integer.parseInt(m.group("day2"));
                }
                if (p == 6 || (p == 7 && a.day2 == null)) {
                    // "30-31 August", "9 and 12 July", "16 through 30 August": a day before this one
                    Matcher r = tail(dayBefore, text, begin);
                    Matcher l = tail(dayListBefore, text, begin);
                    if (p == 6 && r.find()) {
                        boolean slash = r.group("c").equals("/");
                        a.rangeDay = Integer.parseInt(r.group("d1"));
                        a = moveBegin(a, r.start());
                        a.oneOf = slash;
                    } else if (p == 6 && l.find()) {
                        a.listDay = Integer.parseInt(l.group("d1"));
                        a = moveBegin(a, l.start());
                    }
                }
                if (p == 9 || p == 10) {
                    Matcher q = tail(qualifierMonth, text, a.begin);
                    if (q.find()) {
                        a.qualifier = q.group("q");
                        a = moveBegin(a, q.start());
                    }
                }
            }
            case 8 -> {
                String s = group(m, "season") != null ? m.group("season") : m.group("season2");
                a.season = seasonCode(s);
                a.year = Integer.parseInt(group(m, "year") != null ? m.group("year") : m.group("year2"));
            }
            case 11 -> {
                if (m.group("decade") != null) {
                    a.decade = Integer.parseInt(m.group("decade"));
                    a.decadeQualifier = m.group("dq");
                } else {
                    a.decade = century + Integer.parseInt(m.group("dd"));
                    a.yearSource = YearSource.TWO_DIGIT_PIVOT;
                }
            }
            case 12 -> {
                a.year = Integer.parseInt(m.group("year"));
                int end = Integer.parseInt(m.group("yend"));
                a.yearEnd = a.year / 100 * 100 + end;
                if (a.yearEnd <= a.year) {
                    return null;
                }
            }
            case 13 -> {
                a.month = tables.month(m.group("mon"));
                a.qualifier = m.group("q");
                if (a.month == null) {
                    return null;
                }
            }
            case 14 -> {
                a.month = Integer.parseInt(m.group("mnum"));
                a.year = Integer.parseInt(m.group("year"));
            }
            case 15 -> {
                a.month = tables.month(m.group("mon"));
                a.day = Integer.parseInt(m.group("day"));
                a.year = Integer.parseInt(m.group("year"));
                if (a.month == null) {
                    return null;
                }
            }
            default -> {
                a.year = Integer.parseInt(m.group("year"));
                Matcher q = qualifierYear.matcher(text.substring(0, begin));
                if (q.find()) {
                    a.qualifier = q.group("q");
                    a = moveBegin(a, q.start());
                }
            }
        }
        return a;
    }

    private Atom moveBegin(Atom a, int begin) {
        Atom b = new Atom(begin, a.end);
        b.year = a.year;
        b.month = a.month;
        b.day = a.day;
        b.day2 = a.day2;
        b.yearEnd = a.yearEnd;
        b.decade = a.decade;
        b.decadeQualifier = a.decadeQualifier;
        b.season = a.season;
        b.yearSource = a.yearSource;
        b.warnings.addAll(a.warnings);
        b.listDay = a.listDay;
        b.rangeDay = a.rangeDay;
        b.qualifier = a.qualifier;
        b.oneOf = a.oneOf;
        return b;
    }

    private void yearOf(Atom a, String y) {
        String digits = y.replace("'", "").replace("’", "");
        if (digits.length() == 2) {
            a.year = century + Integer.parseInt(digits);
            a.yearSource = YearSource.TWO_DIGIT_PIVOT;
        } else {
            a.year = Integer.parseInt(digits);
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String role(String qualifier) {
        String q = qualifier.toLowerCase(Locale.ROOT);
        if (tables.words.get("early").stream().anyMatch(w -> w.equalsIgnoreCase(q))) {
            return "early";
        }
        if (tables.words.get("mid").stream().anyMatch(w -> w.equalsIgnoreCase(q))) {
            return "mid";
        }
        return "late";
    }

    private int seasonCode(String s) {
        for (String role : List.of("spring", "summer", "autumn", "winter")) {
            if (tables.words.get(role).stream().anyMatch(w -> w.equalsIgnoreCase(s))) {
                return List.of("spring", "summer", "autumn", "winter").indexOf(role) + 21;
            }
        }
        return 0;
    }

    // ---- building normalized dates ------------------------------------------------------------------

    /** A calendar point of any precision; null parts unknown. */
    private record Point(Integer year, Integer month, Integer day, YearSource source) {}

    private static Point point(Integer y, Integer m, Integer d, YearSource source) {
        return new Point(y, m, d, y == null ? YearSource.NONE : source);
    }

    private static String edtf(Point p) {
        StringBuilder sb = new StringBuilder(10);
        if (p.year() == null) {
            sb.append("XXXX");
        } else {
            pad(sb, p.year(), 4);
        }
        if (p.month() != null) {
            pad(sb.append('-'), p.month(), 2);
            if (p.day() != null) {
                pad(sb.append('-'), p.day(), 2);
            }
        }
        return sb.toString();
    }

    /** Zero-padded digits; by hand because String.format dominated the date-line path. */
    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    private static LocalDate first(Point p) {
        if (p.year() == null) {
            return null;
        }
        return LocalDate.of(p.year(), p.month() == null ? 1 : p.month(), p.day() == null ? 1 : p.day());
    }

    private static LocalDate last(Point p) {
        if (p.year() == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(p.year(), p.month() == null ? 12 : p.month());
        return p.day() == null ? ym.atEndOfMonth() : ym.atDay(p.day());
    }

    private static boolean valid(Point p) {
        if (p.month() != null && (p.month() < 1 || p.month() > 12)) {
            return false;
        }
        if (p.day() != null) {
            if (p.month() == null || p.day() < 1) {
                return false;
            }
            int max = p.year() == null ? YearMonth.of(2000, p.month()).lengthOfMonth() : YearMonth.of(p.year(), p.month()).lengthOfMonth();
            return p.day() <= max;
        }
        return true;
    }

    private static Precision precision(Point p) {
        return p.day() != null ? Precision.DAY : p.month() != null ? Precision.MONTH : Precision.YEAR;
    }

    private static NormalizedDate single(String text, Point p) {
        if (!valid(p) || (p.year() == null && p.month() == null)) {
            return null;
        }
        try {
            return new NormalizedDate(text, first(p), last(p), precision(p), edtf(p), EnumSet.noneOf(DateFlag.class),
                    p.source(), List.of());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static NormalizedDate range(String text, Point a, Point b) {
        if (!valid(a) || !valid(b)) {
            return null;
        }
        LocalDate start = first(a);
        LocalDate end = last(b);
        if (start != null && end != null && end.isBefore(start)) {
            return null;
        }
        YearSource source = a.source() == YearSource.EXPLICIT || b.source() == YearSource.EXPLICIT ? YearSource.EXPLICIT
                : a.source() != YearSource.NONE ? a.source() : b.source();
        return new NormalizedDate(text, start, end, Precision.RANGE, edtf(a) + "/" + edtf(b),
                EnumSet.noneOf(DateFlag.class), source, List.of());
    }

    private NormalizedDate range(String text, Atom a, Atom b, Integer contextYear) {
        NormalizedDate da = a.toDate(text, contextYear);
        NormalizedDate db = b.toDate(text, contextYear);
        if (da == null || db == null) {
            return null;
        }
        String startEdtf = da.edtf().contains("/") ? da.edtf().substring(0, da.edtf().indexOf('/')) : da.edtf();
        String endEdtf = db.edtf().contains("/") ? db.edtf().substring(db.edtf().indexOf('/') + 1) : db.edtf();
        if (da.start() != null && db.end() != null && db.end().isBefore(da.start())) {
            return null;
        }
        return new NormalizedDate(text, da.start(), db.end(), Precision.RANGE, startEdtf + "/" + endEdtf,
                EnumSet.noneOf(DateFlag.class), da.yearSource() == YearSource.NONE ? db.yearSource() : da.yearSource(),
                List.of());
    }

    private static NormalizedDate set(String text, List<Point> points) {
        for (Point p : points) {
            if (!valid(p)) {
                return null;
            }
        }
        StringBuilder e = new StringBuilder("{");
        for (int i = 0; i < points.size(); i++) {
            e.append(i == 0 ? "" : ",").append(edtf(points.get(i)));
        }
        Point a = points.get(0);
        Point b = points.get(points.size() - 1);
        return new NormalizedDate(text, first(a), last(b), Precision.RANGE, e.append('}').toString(),
                EnumSet.noneOf(DateFlag.class), a.source(), List.of());
    }

    private NormalizedDate set(String text, List<Atom> atoms, Integer contextYear) {
        List<NormalizedDate> dates = new ArrayList<>();
        for (Atom a : atoms) {
            NormalizedDate d = a.toDate(text, contextYear);
            if (d == null) {
                return null;
            }
            dates.add(d);
        }
        StringBuilder e = new StringBuilder("{");
        for (int i = 0; i < dates.size(); i++) {
            e.append(i == 0 ? "" : ",").append(dates.get(i).edtf());
        }
        return new NormalizedDate(text, dates.get(0).start(), dates.get(dates.size() - 1).end(), Precision.RANGE,
                e.append('}').toString(), EnumSet.noneOf(DateFlag.class), dates.get(0).yearSource(), List.of());
    }

    private NormalizedDate decadeDate(String text, Atom a) {
        int d = a.decade;
        if (a.decadeQualifier != null) {
            int[] years = tables.span("decade." + role(a.decadeQualifier));
            return range(text, point(d + years[0], null, null, a.yearSource), point(d + years[1], null, null, a.yearSource));
        }
        if (d % 100 == 0 && a.yearSource == YearSource.EXPLICIT) {
            // "1800s": the century (python-edtf's reading; the decade 1800-1809 is rarer in writing)
            return new NormalizedDate(text, LocalDate.of(d, 1, 1), LocalDate.of(d + 99, 12, 31), Precision.RANGE,
                    String.format("%02dXX", d / 100), EnumSet.noneOf(DateFlag.class), a.yearSource, List.of());
        }
        return new NormalizedDate(text, LocalDate.of(d, 1, 1), LocalDate.of(d + 9, 12, 31), Precision.DECADE,
                String.format("%03dX", d / 10), EnumSet.noneOf(DateFlag.class), a.yearSource, List.of());
    }

    private NormalizedDate seasonDate(String text, Integer year, int code) {
        int[] months = tables.span("season." + List.of("spring", "summer", "autumn", "winter").get(code - 21));
        LocalDate start = months[0] > months[1] ? LocalDate.of(year - 1, months[0], 1) : LocalDate.of(year, months[0], 1);
        LocalDate end = YearMonth.of(year, months[1]).atEndOfMonth();
        return new NormalizedDate(text, start, end, Precision.RANGE, String.format("%04d-%d", year, code),
                EnumSet.noneOf(DateFlag.class), YearSource.EXPLICIT, List.of());
    }

    /** ca., brackets and question marks around a date. */
    private NormalizedDate qualify(String text, int begin, int end, NormalizedDate d) {
        Set<DateFlag> flags = EnumSet.noneOf(DateFlag.class);
        flags.addAll(d.flags());
        String edtf = d.edtf();
        String before = text.substring(Math.max(0, begin - 16), begin);
        String after = text.substring(end, Math.min(text.length(), end + 4));
        boolean approximate = circaBefore.matcher(before).find();
        boolean uncertain = after.startsWith("?") || after.startsWith(" [?]") || after.startsWith("[?]");
        boolean inferred = before.endsWith("[") && after.startsWith("]");
        if (approximate) {
            flags.add(DateFlag.APPROXIMATE);
            edtf = edtf.contains("/") ? qualifyEach(edtf, "~") : edtf + "~";
        }
        if (uncertain) {
            flags.add(DateFlag.UNCERTAIN);
            edtf = edtf + "?";
        }
        if (inferred) {
            flags.add(DateFlag.INFERRED);
        }
        if (d.yearSource() == YearSource.CONTEXT) {
            flags.add(DateFlag.INFERRED);
        }
        return new NormalizedDate(d.text(), d.start(), d.end(), d.precision(), edtf, flags, d.yearSource(), d.warnings());
    }

    private static String qualifyEach(String edtf, String q) {
        String[] parts = edtf.split("/");
        return parts[0] + q + "/" + parts[1] + q;
    }

    private NormalizedDate listingLine(String text) {
        Matcher m = LISTING_LINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        if (m.group(4) != null) {
            int y = Integer.parseInt(m.group(4));
            return single(text, point(y, null, null, YearSource.EXPLICIT));
        }
        Integer month = tables.month(m.group(1));
        if (month == null) {
            return null;
        }
        Integer day = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return single(text, point(Integer.parseInt(m.group(3)), month, day, YearSource.EXPLICIT));
    }

    private boolean listBetween(String text, List<FoundDate> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            if (!listBetween.matcher(text.substring(found.get(i).end(), found.get(i + 1).begin())).matches()) {
                return false;
            }
        }
        return true;
    }

    private static NormalizedDate combineList(String text, List<FoundDate> found) {
        boolean oneOf = text.substring(found.get(0).end(), found.get(1).begin()).strip().equalsIgnoreCase("or");
        StringBuilder e = new StringBuilder(oneOf ? "[" : "{");
        for (int i = 0; i < found.size(); i++) {
            e.append(i == 0 ? "" : ",").append(found.get(i).date().edtf().replace("/", ".."));
        }
        return new NormalizedDate(text, found.get(0).date().start(), found.get(found.size() - 1).date().end(),
                Precision.RANGE, e.append(oneOf ? ']' : '}').toString(), EnumSet.noneOf(DateFlag.class), YearSource.EXPLICIT, List.of());
    }

    private static NormalizedDate withEdtf(NormalizedDate d, String edtf) {
        return new NormalizedDate(d.text(), d.start(), d.end(), d.precision(), edtf, d.flags(), d.yearSource(), d.warnings());
    }

    private static NormalizedDate rename(NormalizedDate d, String text) {
        return new NormalizedDate(text, d.start(), d.end(), d.precision(), d.edtf(), d.flags(), d.yearSource(), d.warnings());
    }

    private static NormalizedDate unknown(String text, List<String> warnings) {
        return new NormalizedDate(text, null, null, Precision.UNKNOWN, "XXXX", EnumSet.noneOf(DateFlag.class),
                YearSource.NONE, warnings);
    }
}
