package org.archivelistings.dates;

/** A calendar point of any precision: the parts the text gives, null for the others, and where the year came from. */
record Point(Integer year, Integer month, Integer day, YearSource source) {
    /** The month of a date that names none ("月初", "the end of the month"): the finisher takes the context's. */
    static final int CONTEXT_MONTH = 0;

    static Point of(Integer year, Integer month, Integer day) {
        return new Point(year, month, day, year == null ? YearSource.NONE : YearSource.EXPLICIT);
    }

    /** The parts this point lacks, taken from a neighbour: "3 June" before "9 July 1812" takes 1812. */
    Point lend(Point other) {
        if (other == null) {
            return this;
        }
        Integer m = month == null && day != null ? other.month : month;
        if (year != null || other.year == null) {
            return new Point(year, m, day, source);
        }
        return new Point(other.year, m, day, other.source);
    }

    Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }
}
