package org.archivelistings.dates;

/** What a single date's point stands for: itself, a season of its year, a part of it, its decade or century. */
enum Extent { POINT, SEASON, PART, DECADE, CENTURY }
