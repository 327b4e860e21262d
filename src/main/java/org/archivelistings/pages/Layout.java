package org.archivelistings.pages;

/** The page layouts the archive and its mirrors produce (see ../shared/corpus/README.md). */
public enum Layout {
    /** Old site: "  • DATE" bullets, title and summary indented four spaces. */
    BULLETED,
    /** Old site: "SEARCH RESULTS", single newlines, a "-" line between records. */
    DASH,
    /** New site and mirrors: blank-line separated DATE / TITLE / SUMMARY paragraphs. */
    PARAGRAPH,
    /** Nothing recognisable as a listing. */
    UNKNOWN
}
