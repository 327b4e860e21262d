package org.archivelistings.output;

/** One row of {@code inputs}: an input file of the collection, by content hash. */
@Doc("One row per input file of the collection, with its content hash: how a run tells new and changed files from unchanged ones.")
public record InputRow(
        @Doc("File name relative to the input folder.") String sourceFile,
        @Doc("SHA-256 of the file's bytes.") String sha256,
        @Doc("Size in bytes.") long bytes,
        @Doc("new, changed or unchanged, compared with the previous successful run (all new on a full run); "
                + "rules-changed when the file is unchanged but the rules or code that make the rows are not those "
                + "of the previous run, so it was read again.") String status,
        @Doc("Run (job instance) whose reading produced this file's rows.") long readInRun) {}
