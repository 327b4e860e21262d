package org.archivelistings.dates; public enum Precision { DAY, MONTH, SEASON, YEAR, DECADE, CENTURY, RANGE, SET, UNKNOWN }
