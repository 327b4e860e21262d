package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people named in a title or summary. Runs of capitalized words (and initials) are candidates;
 * titles in front are stripped; a candidate is a person when the authority knows it, when it is a Korean
 * or Chinese surname with a given name, when it is initials + a surname, or when a title announced it
 * ("Ambassador Kurdyukov"). Organisations and places ("Korean Workers' Party", "Pyongyang") are not
 * people. A run that is not a person as a whole is tried without its leading and trailing words, so
 * "Both Mikoyan" yields "Mikoyan".
 */
final class MentionFinder {
    /** A capitalized word (hyphens and apostrophes inside), or initials such as "A.", "A.I.", "N. S.". */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.\\s?){1,3}(?=\\s*\\p{Lu})|\\p{Lu}[\\p{L}\\p{M}]*(?:['’\\-][\\p{L}\\p{M}]+)*(?:['’]s)?|\\p{Lu}\\.");
    private static final int MAX_TOKENS = 6;
    /** One or more Korean or Chinese syllables in any romanization: "Du-bong", "Pilgyu", "Ch'ang-ik". */
    private static final Pattern SYLLABLES = Pattern.compile(
            "(?:[bcdfghjklmnpqrstwxyz]{0,3}['’]?[aeiouyŏŭ]{1,3}(?:ng|n|m|l|k|p|t|r)?-?)+", Pattern.CASE_INSENSITIVE);

    private static final Pattern INITIAL_TOKEN = Pattern.compile("(?:\\p{Lu}\\.\\s?){1,3}|\\p{Lu}\\.");
    /** Separates the words of a run in its memo key (never part of a word). */
    private static final char SEPARATOR = '\u0001';

    private record Token(String text, int begin, int end) {}

    private final NameTables tables;
    /** Runs of capitalized words repeat across pages ("Kim Il Sung", "Korean Workers' Party"): decide each once. */
    private final BoundedMemo<int[]> runs = new BoundedMemo<>(100_000, this::people);
    private final NameParser parser;
    private final Authority authority;

    MentionFinder(NameTables tables, NameParser parser, Authority authority) {
        this.tables = tables;
        this.parser = parser;
        this.authority = authority;
    }

    List<PersonMention> find(String text) {
        List<PersonMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Token> run = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int lastEnd = -1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            // Every token starts with an upper-case letter: try the pattern only there (a find() would
            // try all three alternatives at every character, most of this class's time).
            int cp = text.codePointAt(i);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER || !m.region(i, n).lookingAt()) {
                i += Character.charCount(cp);
                continue;
            }
            i = m.end();
            String word = m.group().strip();
            Token t = new Token(word, m.start(), m.start() + word.length());
            boolean joined = lastEnd >= 0 && onlySpaces(text, lastEnd, t.begin()) && !endsWithPossessive(run);
            if (!joined && !run.isEmpty()) {
                take(text, run, out);
                run.clear();
            }
            run.add(t);
            lastEnd = t.end();
        }
        if (!run.isEmpty()) {
            take(text, run, out);
        }
        return out;
    }

    private static boolean endsWithPossessive(List<Token> run) {
        if (run.isEmpty()) {
            return false;
        }
        String last = run.get(run.size() - 1).text();
        return last.endsWith("'s") || last.endsWith("’s");
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Adds the people found in one run of capitalized tokens. */
    private void take(String text, List<Token> run, List<PersonMention> out) {
        StringBuilder key = new StringBuilder();
        for (Token t : run) {
            key.append(t.text()).append(SEPARATOR);
        }
        int[] spans = runs.get(key.toString());
        for (int k = 0; k < spans.length; k += 2) {
            Token first = run.get(spans[k]);
            Token last = run.get(spans[k + 1] - 1);
            String surface = text.substring(first.begin(), last.end());
            out.add(new PersonMention(first.begin(), last.end(), surface, parser.strip(surface)));
        }
    }

    /**
     * The people in a run (its words, each followed by the separator), as word index pairs [from, to):
     * the longest person at each place, left to right.
     */
    private int[] people(String runKey) {
        List<String> run = List.of(runKey.substring(0, runKey.length() - 1).split(String.valueOf(SEPARATOR)));
        List<Integer> spans = new ArrayList<>();
        int start = 0;
        while (start < run.size()) {
            int found = -1;
            int foundEnd = -1;
            for (int end = Math.min(run.size(), start + MAX_TOKENS); end > start && found < 0; end--) {
                if (isPerson(run.subList(start, end))) {
                    found = start;
                    foundEnd = end;
                }
            }
            if (found < 0) {
                start++;
                continue;
            }
            spans.add(found);
            spans.add(foundEnd);
            start = foundEnd;
        }
        return spans.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    private static boolean isRomanizedSyllables(String word) {
        return SYLLABLES.matcher(withoutPossessive(word)).matches();
    }

    private boolean isPerson(List<String> words) {
        int nameStart = parser.titleEnd(new ArrayList<>(words), 0);
        boolean titled = nameStart > 0;
        List<String> name = words.subList(nameStart, words.size());
        if (name.isEmpty() || name.size() > 4) {
            return false;
        }
        for (String w : name) {
            String bare = withoutPossessive(w).toLowerCase(Locale.ROOT);
            if (tables.notPeople.contains(bare) || tables.qualifiers.contains(bare) || tables.titlesByFirstWord.containsKey(bare)) {
                return false;
            }
        }
        if (titled && nameStart == 0) {
            return false;
        }
        String joined = String.join(" ", name);
        ParsedName p = parser.parse(joined);
        if (authority.match(p) != null) {
            return true;
        }
        boolean hasInitials = !p.initials().isEmpty();
        long initialTokens = name.stream().filter(w -> INITIAL_TOKEN.matcher(w).matches()).count();
        if (hasInitials && initialTokens == name.size() - 1 && name.get(name.size() - 1).length() > 2) {
            return true; // "V.I. Ivanov", "A. M. Rumyantsev"
        }
        if (p.eastAsian() && !p.givenKey().isEmpty() && name.size() >= 2 && parser.isEastAsianSurname(name.get(0))
                && name.subList(1, name.size()).stream().allMatch(MentionFinder::isRomanizedSyllables)) {
            return true; // "Kim Du-bong", "Li Pilgyu": surname first, given name made of syllables
        }
        return titled && initialTokens == 0 && name.size() <= 3; // "Ambassador Kurdyukov"
    }
}
