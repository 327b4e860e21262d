package org.archivelistings.dates;
public record NormalizedDate(String text, java.time.LocalDate start, java.time.LocalDate end, Precision precision, String edtf, java.util.Set<DateFlag> flags, YearSource yearSource, java.util.List<String> warnings) {}
