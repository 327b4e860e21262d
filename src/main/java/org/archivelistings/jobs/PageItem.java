package org.archivelistings.jobs;

import org.archivelistings.output.RejectRow;
import org.archivelistings.pages.ListingRecord;
import org.archivelistings.pages.PageFacts;

/** What the reader hands to the processor: a record with its page, or input that is already a reject. */
sealed interface PageItem {
    record Found(String sourceFile, String page, PageFacts facts, ListingRecord record, PageMemo memo) implements PageItem {}

    record Rejected(RejectRow reject) implements PageItem {}
}
