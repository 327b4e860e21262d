package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people named in a title or summary. Runs of capitalized words, initials, and the lower-case
 * words that live inside names and titles ("de", "al-", "of the", "in" of a post's city) are candidates; titles in front are
 * stripped by {@link TitleGrammar}; {@link PersonTest} says whether what remains is a person. Han and
 * Hangul names are runs of two to four characters starting with a surname. Each run is decided once and
 * remembered: the same runs recur on every page.
 */
final class MentionFinder {
    private static final int MAX_TOKENS = 10;
    /** Separates the words of a run in its memo key (never part of a word). */
    private static final char SEPARATOR = '\u0001';

    /** A word of the text, by its place (its letters are the text's: no copy for each word). */
    private record Token(int begin, int end) {}

    private final BoundedMemo<int[]> runs = new BoundedMemo<>(100_000, this::people);
    private final PersonTest test;
    private final NameTables tables;
    private final NativeNames nativeNames;

    MentionFinder(NameTables tables, PersonTest test) {
        this.tables = tables;
        this.test = test;
        this.nativeNames = new NativeNames(tables);
    }

    List<PersonMention> find(String text) {
        return find(text, false);
    }

    /**
     * The people of a text; {@code sentenceCase} for prose (summaries), where a capitalized run that does
     * not start a sentence is a name unless a lexicon says otherwise.
     */
    List<PersonMention> find(String text, boolean sentenceCase) {
        List<PersonMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Token> run = new ArrayList<>();
        int lastEnd = -1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            // Tokens start with an upper-case letter or a joiner's lower-case one: scan only there.
            char c = text.charAt(i);
            Token t;
            int joinerEnd;
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : TokenScan.isUpper(text.codePointAt(i))) {
                int end = TokenScan.tokenEnd(text, i);
                if (end == i + 1 && end < n && text.charAt(end) == '.') {
                    end++; // a last initial keeps its period ("Brezhnev L. I."): no capital follows for the scan to see
                } else if (end + 4 < n && text.charAt(end) == '.' && text.charAt(end + 1) == ' ' && TokenScan.initialAt(text, end + 2)
                        && TokenScan.afterLowerCaseWordOrNone(text, i) && test.isGivenName(text.substring(i, end))) {
                    // A given name written short before an initial: "Chas. E. Bohlen". After a title or a name it
                    // is a surname ending its sentence ("Ambassador Dean. A. Gromyko replied").
                    end++;
                } else if (end + 3 < n && text.charAt(end) == '.' && text.charAt(end + 1) == ' '
                        && TokenScan.isUpper(text.codePointAt(end + 2)) && test.isShortGivenName(text.substring(i, end))) {
                    // A short form is never a sentence's last word, so a capitalized word after it goes on
                    // the name: "Wm. Averell Harriman" (a full given name there ends a sentence: "met John. He").
                    end++;
                }
                t = new Token(i, end);
                i = end;
            } else if (c >= 'a' && c <= 'v' && !run.isEmpty() && lastEnd >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (joinerEnd = TokenScan.joinerEnd(text, i)) > 0) {
                t = new Token(i, joinerEnd);
                i = joinerEnd;
            } else if (c >= 0x80 && Character.getType(text.codePointAt(i)) == Character.OTHER_LETTER && NameParser.isCjk(text.codePointAt(i))) {
                i = nativeNames.find(text, i, out);
                continue;
            } else {
                i += c < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int dash = t.begin();
            while (dash < t.end() && text.charAt(dash) != '-') {
                dash++;
            }
            if (dash > t.begin() && dash < t.end() && TokenScan.isHyphenPair(text.substring(t.begin(), t.end()))) {
                // "Brezhnev-Jaruzelski Telephone Conversation": two people joined by a hyphen, each its own run.
                if (!run.isEmpty()) {
                    take(text, run, out, sentenceCase);
                    run.clear();
                }
                take(text, new ArrayList<>(List.of(new Token(t.begin(), dash))), out, false);
                t = new Token(dash + 1, t.end());
                lastEnd = -1;
            }
            boolean joined = lastEnd >= 0 && TokenScan.onlySpaces(text, lastEnd, t.begin()) && !endsWithPossessive(text, run);
            if (!joined && !run.isEmpty()) {
                take(text, run, out, sentenceCase);
                run.clear();
            }
            if (run.isEmpty() && Character.isLowerCase(text.charAt(t.begin()))) {
                lastEnd = -1;
                continue; // a joiner never starts a run
            }
            run.add(t);
            lastEnd = t.end();
        }
        if (!run.isEmpty()) {
            take(text, run, out, sentenceCase);
        }
        return out;
    }

    /** Whether a reporting verb follows: in prose the subject of "says", "believes", "agrees" is a person. */
    private static boolean followedByReportingVerb(String text, int end) {
        return TokenScan.reportingVerbAt(text, end);
    }

    private static boolean startsWith(String text, List<Token> run, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (k >= run.size() || !text.startsWith(words[k], run.get(k).begin()) || run.get(k).end() - run.get(k).begin() != words[k].length()) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithPossessive(String text, List<Token> run) {
        return !run.isEmpty() && endsWithPossessive(text, run.get(run.size() - 1));
    }

    private static boolean endsWithPossessive(String text, Token t) {
        return t.end() - t.begin() >= 2 && (text.startsWith("'s", t.end() - 2) || text.startsWith("’s", t.end() - 2));
    }

    /** Adds the people found in one run of tokens. */
    private void take(String text, List<Token> run, List<PersonMention> out, boolean sentenceCase) {
        while (!run.isEmpty() && Character.isLowerCase(text.charAt(run.get(run.size() - 1).begin()))) {
            run.remove(run.size() - 1); // a joiner never ends a run
        }
        String[] tail = run.isEmpty() || run.get(0).begin() < 2 || !Character.isLowerCase(text.charAt(run.get(0).begin() - 2))
                ? null : tables.places.tailBefore(text, run.get(0).begin());
        if (tail != null && startsWith(text, run, tail)) {
            run.subList(0, tail.length).clear(); // "Salaam" of "Dar es Salaam"
        }
        if (run.isEmpty()) {
            return;
        }
        int runEnd = run.get(run.size() - 1).end();
        boolean bracketed = run.get(0).begin() > 0 && text.charAt(run.get(0).begin() - 1) == '(' && runEnd < text.length()
                && text.charAt(runEnd) == ')';
        boolean possessive = sentenceCase && run.size() == 1 && endsWithPossessive(text, run) && TokenScan.afterLowerCaseWord(text, run.get(0).begin());
        boolean subject = bracketed || possessive
                || sentenceCase && followedByReportingVerb(text, runEnd) && !TokenScan.afterPlaceLink(text, run.get(0).begin());
        StringBuilder key = new StringBuilder(runEnd - run.get(0).begin() + run.size() + 1).append(subject ? 'm' : '-');
        for (Token t : run) {
            key.append(text, t.begin(), t.end()).append(SEPARATOR);
        }
        int[] spans = runs.get(key.toString());
        for (int k = 0; k < spans.length; k += 2) {
            Token first = run.get(spans[k]);
            Token last = run.get(spans[k + 1] - 1);
            int end = last.end();
            if (endsWithPossessive(text, last)) {
                end -= 2;
            }
            String surface = text.substring(first.begin(), end);
            out.add(new PersonMention(first.begin(), end, surface, surface));
        }
    }

    /**
     * Whether the name ending before {@code end} names a place, body, prize or doctrine: its last word, the
     * next or the one after is an eponym noun ("Ho Chi Minh Trail", "Kim Il Sung University", "Stalin Peace Prize").
     */
    private boolean eponym(List<String> run, int end) {
        for (int k = end - 1; k <= end + 1 && k < run.size(); k++) {
            if (k > 0 && tables.eponymNouns.contains(run.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the next three capitalized words after {@code end} (one space apart) is an eponym noun: a
     * bare surname there names a body, place or prize ("the Leon Levy Foundation", "Kim Il Sung University").
     */
    boolean eponymAfter(String text, int end) {
        int at = end;
        for (int words = 0; words < 3; words++) {
            if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isUpperCase(text.charAt(at + 1))) {
                return false;
            }
            int wordEnd = TokenScan.tokenEnd(text, at + 1);
            if (tables.eponymNouns.contains(text.substring(at + 1, wordEnd))) {
                return true;
            }
            at = wordEnd;
        }
        return false;
    }

    private static boolean holdsPlace(int[] place, int from, int to) {
        for (int k = from; k < to; k++) {
            if (place[k] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people in a run (its words, each followed by the separator), as word index pairs [from, to) of
     * the name without its titles: the longest person at each place, left to right.
     */
    private int[] people(String runKey) {
        boolean midSentence = runKey.charAt(0) == 'm';
        List<String> written = List.of(runKey.substring(1, runKey.length() - 1).split(String.valueOf(SEPARATOR)));
        int capsFrom = CapitalRuns.capitalsFrom(written);
        boolean capitals = capsFrom < written.size();
        List<String> run = capitals ? CapitalRuns.titleCased(written, capsFrom) : written;
        int[] place = new int[run.size()];
        boolean anyPlace = false;
        for (int k = 0; k < run.size(); k++) {
            place[k] = tables.places.lengthAt(run, k);
            anyPlace |= place[k] > 0;
        }
        List<Integer> spans = new ArrayList<>();
        int start = 0;
        while (start < run.size()) {
            if (place[start] > 0) {
                start += place[start]; // "San Salvador", "Belgrade says": a place or its government
                continue;
            }
            int nameStart = -1;
            int foundEnd = -1;
            for (int end = Math.min(run.size(), start + MAX_TOKENS); end > start && nameStart < 0; end--) {
                // The tail of a body's name after its link is no subject: "the Academy of Sciences meets".
                boolean subject = !(capitals && end > capsFrom) && midSentence && end == run.size() && (start == 0 || !PersonTest.isJoiner(run.get(start - 1)));
                nameStart = test.nameStart(run.subList(start, end), subject);
                foundEnd = end;
                if (nameStart >= 0 && (anyPlace && holdsPlace(place, start + nameStart, end)
                        || capitals && end > capsFrom && !test.readsAsNameInCapitals(run.subList(start + nameStart, end), nameStart > 0))) {
                    nameStart = -1; // a name never runs into a place; in capitals only a lexicon says "name"
                }
                if (nameStart >= 0 && end < run.size() && NameParser.isInitial(run.get(end - 1)) && !NameParser.isInitial(run.get(end))
                        && Character.isUpperCase(run.get(end).codePointAt(0))) {
                    nameStart = -1; // initials before a word are that word's ("Индии К. П. С. Меноном"), not inverted ones
                }
            }
            if (nameStart < 0) {
                start++;
                continue;
            }
            if (!eponym(run, foundEnd)) {
                spans.add(start + nameStart);
                spans.add(foundEnd);
            }
            start = foundEnd;
        }
        return spans.stream().mapToInt(Integer::intValue).toArray();
    }
}
