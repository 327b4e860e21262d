package org.archivelistings.pages;

/**
 * One record of a listing page, as printed: the layout's own indentation and bullets removed, the
 * words untouched (cleaning is a later, separate step).
 *
 * @param ordinal 1-based position of the record on its page
 * @param line 1-based line of the record's first line (its date line, or its title when undated)
 * @param dateLine the date line as printed, trimmed; "" for an undated record
 * @param title the title as printed
 * @param summary the summary as printed, or null when the record has none
 * @param truncated true when the end of the text cuts this record
 */
public record ListingRecord(int ordinal, int line, String dateLine, String title, String summary, boolean truncated)
        implements PageEntry {}
