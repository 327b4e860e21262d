package org.archivelistings.dates;

/** A date a rule found: token indexes [first, last], characters [begin, end), the value, the rule's priority. */
record Candidate(int first, int last, int begin, int end, DateValue value, int priority) {
    /** Width in tokens, so that a spelling's length (Sept. or September) does not decide between readings. */
    int width() {
        return last - first + 1;
    }
}
