package org.archivelistings.dates;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A date with flags (ca., ?, brackets) or warnings the text around it gives. */
record Marked(DateValue inner, Set<DateFlag> flags, List<String> warnings) implements DateValue {
    static Marked flag(DateValue v, DateFlag flag) {
        Set<DateFlag> f = EnumSet.of(flag);
        if (v instanceof Marked m) {
            f.addAll(m.flags);
            return new Marked(m.inner, f, m.warnings);
        }
        return new Marked(v, f, List.of());
    }

    static Marked warn(DateValue v, String warning) {
        if (v instanceof Marked m) {
            return new Marked(m.inner, m.flags, java.util.stream.Stream.concat(m.warnings.stream(),
                    java.util.stream.Stream.of(warning)).toList());
        }
        return new Marked(v, EnumSet.noneOf(DateFlag.class), List.of(warning));
    }

    @Override
    public Point first() {
        return inner.first();
    }

    @Override
    public Point last() {
        return inner.last();
    }

    @Override
    public DateValue lend(Point other) {
        return new Marked(inner.lend(other), flags, warnings);
    }
}
