package org.archivelistings.dates;

/** A range from one date to another; a null side is open (EDTF ".."). */
record Span(DateValue from, DateValue to) implements DateValue {
    /** A range whose earlier side takes what it lacks from the later one, and the later from the earlier. */
    static DateValue between(DateValue from, DateValue to) {
        DateValue a = from.lend(to.first());
        DateValue b = to.lend(a.last());
        if (a.equals(b)) {
            return a;
        }
        return new Span(a, b);
    }

    @Override
    public Point first() {
        return from == null ? null : from.first();
    }

    @Override
    public Point last() {
        return to == null ? null : to.last();
    }

    @Override
    public DateValue lend(Point other) {
        return new Span(from == null ? null : from.lend(other), to == null ? null : to.lend(other));
    }
}
