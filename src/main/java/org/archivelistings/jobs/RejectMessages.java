package org.archivelistings.jobs;

import org.archivelistings.pages.Fragment;

/** What a user can do about each kind of text the reader rejects: the {@code message} of a reject row. */
final class RejectMessages {
    private RejectMessages() {}

    static String of(Fragment fragment) {
        return switch (fragment.reason()) {
            case Fragment.COUNTER_MISMATCH -> fragment.rawText()
                    + "; records are missing from the saved page (or the page holds more): save it again";
            case Fragment.NO_RECORDS -> "the page gave no record and no other reject; check that it is a listing page";
            case Fragment.UNACCOUNTED -> "lines the reader could not account for (a reader bug): the text is kept here";
            case Fragment.NO_LISTING_LAYOUT -> "text of a page with no listing layout (a document page or another"
                    + " archive's); nothing to read as records";
            case Fragment.EXCERPT_STARTS_MID_RECORD -> "the saved excerpt starts inside a record; its start was not saved";
            case Fragment.UNPLACED_TEXT -> "a line the reader could not place on the page (interface text, a stray"
                    + " line); check the saved page if it should be part of a record";
            default -> "text on the page that is not a whole record; check the saved page if it should be one";
        };
    }
}
