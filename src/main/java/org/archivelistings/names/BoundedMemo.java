package org.archivelistings.names;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of text: the same names and runs of capitalized words
 * recur on every page. Thread-safe; emptied when it holds {@code limit} entries, so memory stays flat
 * however large the input (a computed value is the same whichever thread computes it).
 */
final class BoundedMemo<V> {
    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
    private final int limit;
    private final Function<String, V> compute;

    BoundedMemo(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    V get(String key) {
        return get(key, compute);
    }

    /** As {@link #get(String)}, for a value that is a function of more than the key's text (see the caller). */
    V get(String key, Function<String, V> compute) {
        V v = values.get(key);
        if (v == null) {
            if (values.size() >= limit) {
                values.clear();
            }
            v = compute.apply(key);
            values.put(key, v);
        }
        return v;
    }
}
