package org.archivelistings.output;

/** One row of {@code rejects}: input that could not become a record, with the reason. */
@Doc("Input that could not become a record, with its place and the reason; nothing is dropped silently.")
public record RejectRow(
        @Doc("File the text came from, relative to the input folder.") String sourceFile,
        @Doc("Page id inside a multi-page file; null for a one-page file.") String page,
        @Doc("1-based line where the rejected text starts (in the page; 0 when the whole file is rejected).") int line,
        @Doc("Why it was rejected, e.g. fragment-before-first-record, unreadable-file, undecodable-text.") String reason,
        @Doc("What a user can do about it.") String message,
        @Doc("The rejected text as read (cut to 2,000 characters).") String rawText) {}
