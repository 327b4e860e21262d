package org.archivelistings.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes date expressions. This first version reads the date lines listing pages print
 * ({@code September 01, 1956}, {@code September 1, 1956}, {@code October 1976}, {@code October, 1966},
 * {@code 1971}); free-text extraction comes with the full normalizer.
 */
public final class DateNormalizer {
    private static final Pattern LINE = Pattern.compile("([A-Za-z]+)(?: (\\d{1,2}))?,? (\\d{4})|(\\d{4})");
    private static final DateNormalizer STANDARD = new DateNormalizer();

    public static DateNormalizer standard() {
        return STANDARD;
    }

    public NormalizedDate normalize(String expression, NormalizedDate context) {
        String text = expression == null ? "" : expression.strip();
        Matcher m = LINE.matcher(text);
        if (m.matches()) {
            try {
                if (m.group(4) != null) {
                    int y = Integer.parseInt(m.group(4));
                    return known(text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, String.valueOf(y));
                }
                Month month = month(m.group(1));
                if (month != null) {
                    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), month);
                    if (m.group(2) == null) {
                        return known(text, ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, ym.toString());
                    }
                    LocalDate d = ym.atDay(Integer.parseInt(m.group(2)));
                    return known(text, d, d, Precision.DAY, d.toString());
                }
            } catch (DateTimeException e) {
                // an impossible day such as September 31: unknown
            }
        }
        return new NormalizedDate(text, null, null, Precision.UNKNOWN, "XXXX", EnumSet.noneOf(DateFlag.class),
                YearSource.NONE, text.isEmpty() ? List.of() : List.of("unreadable"));
    }

    public List<FoundDate> extract(String text, NormalizedDate context) {
        return List.of();
    }

    public NormalizedDate context(String isoDateOrYear) {
        return normalize(isoDateOrYear, null);
    }

    /** True when the record's date lies outside every date its title names. */
    public static boolean conflicts(NormalizedDate record, List<NormalizedDate> titleDates) {
        if (record.start() == null || titleDates.isEmpty()) {
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

    private static NormalizedDate known(String text, LocalDate start, LocalDate end, Precision p, String edtf) {
        return new NormalizedDate(text, start, end, p, edtf, EnumSet.noneOf(DateFlag.class), YearSource.EXPLICIT, List.of());
    }

    private static Month month(String name) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }
}
