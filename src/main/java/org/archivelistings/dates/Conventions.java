package org.archivelistings.dates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * The conventions of conventions.properties (parts of months and years: early, mid, late, first and second
 * half, quarters; seasons; two-digit years), as numbers. Quarters are kept for years and centuries only:
 * the other units' arrays hold null there, and {@link QuarterRules} builds no quarter of a month or a decade.
 */
final class Conventions {
    /** Part codes in this order: early 0, mid 1, late 2, halves 3 and 4, quarters 5 to 8 ({@link #QUARTER}). */
    private static final String[] PARTS = {"early", "mid", "late", "first-half", "second-half", "first-quarter",
            "second-quarter", "third-quarter", "fourth-quarter"};
    /** The part code of the first quarter; the quarter n is {@code QUARTER + n - 1}. */
    static final int QUARTER = 5;
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

    final int twoDigitCentury;
    private final int fiscalStart;
    private final int fiscalLaterStart;
    private final int fiscalLaterFrom;
    private final int[][] monthParts = new int[PARTS.length][];
    private final int[][] yearParts = new int[PARTS.length][];
    private final int[][] decadeParts = new int[PARTS.length][];
    private final int[][] centuryParts = new int[PARTS.length][];
    private final int[][] seasons = new int[4][];

    Conventions() {
        Properties p = new Properties();
        try (InputStream in = Conventions.class.getResourceAsStream("conventions.properties")) {
            p.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        twoDigitCentury = Integer.parseInt(p.getProperty("two-digit-century").strip());
        fiscalStart = Integer.parseInt(p.getProperty("fiscal-year.start-month").strip());
        fiscalLaterStart = Integer.parseInt(p.getProperty("fiscal-year.later-start-month").strip());
        fiscalLaterFrom = Integer.parseInt(p.getProperty("fiscal-year.later-from").strip());
        for (int i = 0; i < PARTS.length; i++) {
            monthParts[i] = span(p, "month." + PARTS[i]);
            yearParts[i] = span(p, "year." + PARTS[i]);
            decadeParts[i] = span(p, "decade." + PARTS[i]);
            centuryParts[i] = span(p, "century." + PARTS[i]);
        }
        for (int i = 0; i < 4; i++) {
            seasons[i] = span(p, "season." + SEASONS[i]);
        }
    }

    /** The month a fiscal year named by the year it ends in starts in (in the year before, unless January). */
    int fiscalStartMonth(int fiscalYear) {
        return fiscalYear >= fiscalLaterFrom ? fiscalLaterStart : fiscalStart;
    }

    /** Days of a month's early, mid or late part (the end clipped to the month's length by the caller). */
    int[] monthPart(int part) {
        return monthParts[part];
    }

    /** Months of a year's beginning, middle or end, half or quarter. */
    int[] yearPart(int part) {
        return yearParts[part];
    }

    /** Years (0-9) of a decade's early, mid or late part. */
    int[] decadePart(int part) {
        return decadeParts[part];
    }

    /** Years (0-99) of a century's early, mid or late part, half or quarter. */
    int[] centuryPart(int part) {
        return centuryParts[part];
    }

    /** Months of a season (EDTF code 21-24); a first month after the last means the year before. */
    int[] season(int code) {
        return seasons[code - 21];
    }

    private static int[] span(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            return null;
        }
        String[] f = v.split("-");
        return new int[] {Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip())};
    }
}
