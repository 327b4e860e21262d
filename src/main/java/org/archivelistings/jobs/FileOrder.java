package org.archivelistings.jobs;

import org.archivelistings.output.Doc;

/** An input file's place in the collection's order: how rows of read and carried files interleave. */
@Doc("Internal: input file order.")
record FileOrder(@Doc("Input file.") String sourceFile, @Doc("Its position in input order.") int fileIndex) {}
