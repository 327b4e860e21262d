package org.archivelistings.jobs;

import java.util.ArrayList;
import java.util.List;
import org.archivelistings.names.PageNames;
import org.archivelistings.pages.ListingRecord;

/**
 * What the processor remembers of the page a record is on: the people its earlier records named (a bare
 * "Zhou" later on the page is the Zhou Enlai named before). Shared by the items of one page, which one
 * partition's thread processes in page order. After a restart inside a page the reader skips the records
 * already committed; they are kept here so the processor reads their names first, and the rows come out
 * as in an uninterrupted run.
 */
final class PageMemo {
    final PageNames names = new PageNames();
    /** Records of the page skipped on restart whose names the processor has not read yet. */
    final List<ListingRecord> skipped = new ArrayList<>();
}
