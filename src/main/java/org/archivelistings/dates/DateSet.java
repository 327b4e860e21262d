package org.archivelistings.dates;

import java.util.ArrayList;
import java.util.List;

/** A list of dates: all of them ({@code oneOf} false, EDTF {…}) or one of them (EDTF […]). */
record DateSet(List<DateValue> items, boolean oneOf) implements DateValue {
    /**
     * A list whose members take what they lack from the last one ("9 and 12 July 1956"), then from the first
     * ("1956年6月和7月"), flattened.
     */
    static DateSet of(DateValue a, DateValue b, boolean oneOf) {
        List<DateValue> items = new ArrayList<>();
        for (DateValue v : List.of(a, b)) {
            if (v instanceof DateSet s && s.oneOf == oneOf) {
                items.addAll(s.items);
            } else {
                items.add(v);
            }
        }
        Point last = items.get(items.size() - 1).last();
        items.replaceAll(v -> v.lend(last));
        Point first = items.get(0).first();
        items.replaceAll(v -> v.lend(first));
        return new DateSet(List.copyOf(items), oneOf);
    }

    @Override
    public Point first() {
        return items.get(0).first();
    }

    @Override
    public Point last() {
        return items.get(items.size() - 1).last();
    }

    @Override
    public DateValue lend(Point other) {
        return new DateSet(items.stream().map(v -> v.lend(other)).toList(), oneOf);
    }
}
