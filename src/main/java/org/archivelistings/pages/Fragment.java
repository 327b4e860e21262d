package org.archivelistings.pages;

/**
 * Text on a page that is neither chrome nor a whole record (for example the tail of a summary at the top
 * of an excerpt that starts mid-list). It goes to the rejects table with its reason, so nothing is lost.
 */
public record Fragment(int line, String reason, String rawText) implements PageEntry {}
