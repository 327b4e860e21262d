package org.archivelistings.dates;

/**
 * One date: a point, or what the point stands for ({@link Extent}); {@code code} the season (21-24) or
 * the part (0-4: early, mid, late, first half, second half) where the extent needs one, else -1. A weak
 * date (a month alone) only
 * counts when a range or list takes it in.
 */
record Single(Point point, Extent extent, int code, boolean weak) implements DateValue {
    static Single of(Point p) {
        return new Single(p, Extent.POINT, -1, false);
    }

    @Override
    public Point first() {
        return point;
    }

    @Override
    public Point last() {
        return point;
    }

    @Override
    public DateValue lend(Point other) {
        return new Single(point.lend(other), extent, code, false);
    }

    Single strong() {
        return weak ? new Single(point, extent, code, false) : this;
    }
}
