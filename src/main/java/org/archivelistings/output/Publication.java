package org.archivelistings.output;

import java.nio.file.Path;

/** One output file to write: the rows of {@code select} to {@code file} in {@code format}. */
public record Publication(String select, Path file, OutputFormat format) {}
