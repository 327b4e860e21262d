package org.archivelistings.dates;

/** What a rule builds: a date before the context and the conventions turn it into a {@link NormalizedDate}. */
sealed interface DateValue permits Single, Span, DateSet, Marked {
    /** The first point of the value (for lending its parts to a neighbour), or null. */
    Point first();

    /** The last point of the value, or null. */
    Point last();

    /** The same value with the parts it lacks taken from a neighbour's point. */
    DateValue lend(Point other);
}
