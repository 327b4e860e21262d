package org.archivelistings.dates; public enum YearSource { EXPLICIT, TWO_DIGIT_PIVOT, CONTEXT, NONE }
