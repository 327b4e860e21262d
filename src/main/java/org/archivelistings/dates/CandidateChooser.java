package org.archivelistings.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Among overlapping candidates the widest span wins, then the higher priority, then the earlier one. */
final class CandidateChooser {
    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::width).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
            .thenComparingInt(Candidate::begin);

    private CandidateChooser() {}

    /** The chosen candidates, none overlapping another, in text order. */
    static List<Candidate> choose(List<Candidate> candidates, int tokenCount) {
        if (candidates.size() == 1) {
            return candidates;
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        boolean[] taken = new boolean[tokenCount];
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = true;
            for (int i = c.first(); i <= c.last() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.first(); i <= c.last(); i++) {
                    taken[i] = true;
                }
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(Candidate::begin));
        return out;
    }
}
