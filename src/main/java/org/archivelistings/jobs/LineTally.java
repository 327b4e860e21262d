package org.archivelistings.jobs;

import java.util.List;
import org.archivelistings.pages.PageTally;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The running sums of the page-line tallies of the pages a reader has finished, kept in the step's
 * execution context with each commit (longs: a large archive overflows an int).
 */
final class LineTally {
    static final String LINES_READ = "reader.lines";
    static final String LINES_IN_RECORDS = "reader.lines.records";
    static final String LINES_PAGE_FACTS = "reader.lines.facts";
    static final String LINES_CHROME = "reader.lines.chrome";
    static final String LINES_REJECTED = "reader.lines.rejected";
    static final String LINES_UNACCOUNTED = "reader.lines.unaccounted";
    static final List<String> KEYS = List.of(LINES_READ, LINES_IN_RECORDS, LINES_PAGE_FACTS, LINES_CHROME,
            LINES_REJECTED, LINES_UNACCOUNTED);

    private final long[] sums = new long[KEYS.size()];

    void open(ExecutionContext context) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] = context.getLong(KEYS.get(i), 0L);
        }
    }

    void update(ExecutionContext context) {
        for (int i = 0; i < sums.length; i++) {
            context.putLong(KEYS.get(i), sums[i]);
        }
    }

    /** Adds a finished page's tally (once its last entry is read, so a restart inside it counts it once). */
    void add(PageTally t) {
        int[] values = {t.linesRead(), t.linesInRecords(), t.linesPageFacts(), t.linesChrome(), t.linesRejected(),
            t.linesUnaccounted()};
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i];
        }
    }
}
