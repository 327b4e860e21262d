package org.archivelistings.pages;

/** What a listing page yields, in page order: a record, or a fragment of text that could not become one. */
public sealed interface PageEntry permits ListingRecord, Fragment {
    /** 1-based line of the page where this entry starts. */
    int line();
}
