package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lone surnames that prose marks as people by its syntax: the source of a report ("According to
 * Drozniak, ..."). No lexicon of surnames could hold them all; {@link PersonTest#couldBeSurname} keeps
 * out the places, bodies and words a lexicon knows ("according to Moscow", "according to Belgrade"). Lists beside a person
 * ("Roosevelt, Churchill, and Jiang Jieshi") were tried and dropped: in these summaries they mix people
 * with countries and bodies too often.
 */
final class Coordination {
    private static final Pattern ACCORDING = Pattern.compile("[Aa]ccording to (\\p{Lu}[\\p{Ll}'’\\-]+)(?=[,.;])");

    private final PersonTest test;

    Coordination(PersonTest test) {
        this.test = test;
    }

    /** Spans [begin, end) of such surnames, outside the given mention spans. */
    List<int[]> neighbours(String text, List<int[]> mentions) {
        List<int[]> out = new ArrayList<>();
        if (text == null || !text.contains("ccording to ")) {
            return out;
        }
        Matcher according = ACCORDING.matcher(text);
        while (according.find()) {
            int b = according.start(1);
            int e = according.end(1);
            String word = text.substring(b, e);
            boolean taken = mentions.stream().anyMatch(m -> m[0] < e && b < m[1]);
            if (!taken && test.couldBeSurname(word)) {
                out.add(new int[] {b, e});
            }
        }
        return out;
    }
}
