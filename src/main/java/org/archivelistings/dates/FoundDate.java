package org.archivelistings.dates; public record FoundDate(int begin, int end, NormalizedDate date) {}
