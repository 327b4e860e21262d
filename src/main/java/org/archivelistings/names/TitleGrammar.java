package org.archivelistings.names;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles and offices in front of a name, by a small grammar rather than a list of whole titles:
 * {@code [qualifier | organisation]* head (("of" | "to" | "at" | "for") ["the"] organisation+)*}, in
 * brackets or not: "CC CCP Chairman", "Director of KCIA", "[Foreign Minister]", "General Secretary of the
 * CPSU CC", "Soviet Ambassador to the DPRK", "Ambassador to Cuba", "Ambassador in Mogadishu". Heads are titles.txt, qualifiers qualifiers.txt, organisation
 * words organisations.txt (and any acronym in capitals inside a title).
 */
final class TitleGrammar {
    private static final Set<String> LINKS = Set.of("of", "to", "at", "for", "in");
    /** Links after which one capitalized word is the place of the post. */
    private static final Set<String> IN_PLACE = Set.of("in", "at");
    /** First words of two-word place names ("New Delhi", "Phnom Penh"): the word after them is no name. */
    private static final Set<String> PLACE_OPENERS = Set.of("new", "san", "santo", "santa", "são", "st.", "saint", "port",
            "rio", "buenos", "addis", "phnom", "hong", "kuala", "tel", "abu", "dar", "ulan", "ulaan", "le", "la", "los",
            "las", "el", "sri", "north", "south", "east", "west", "upper", "lower", "great", "greater");

    private final NameTables tables;

    TitleGrammar(NameTables tables) {
        this.tables = tables;
    }

    /** Index of the first token after the titles that start at {@code from}; never leaves nothing of the name. */
    int titleEnd(List<String> tokens, int from) {
        int i = from;
        int n = tokens.size();
        while (i < n) {
            int j = i;
            while (j < n && (isQualifier(tokens.get(j)) || isOrganisation(tokens.get(j))) && headLength(tokens, j) == 0) {
                j++;
            }
            int len = headLength(tokens, j);
            if (len == 0 || isInitialBeforeInitial(tokens, j, len)) {
                break;
            }
            int k = j + len;
            while (k + 1 < n && LINKS.contains(bare(tokens.get(k)))) {
                int m = k + 1;
                if (m < n && bare(tokens.get(m)).equals("the")) {
                    m++;
                }
                int o = m;
                while (o < n && (isOrganisation(tokens.get(o)) || isQualifier(tokens.get(o)) || isPlace(tokens.get(o))
                        || beforeBody(tokens, o))) {
                    o++;
                }
                if (o > m && o < n && PLACE_OPENERS.contains(bare(tokens.get(o - 1)))) {
                    o++; // "to New Zealand", "in New Delhi": the place goes on
                } else if (o == m && IN_PLACE.contains(bare(tokens.get(k)))) {
                    // "Ambassador in Mogadishu Herklotz", "in Phnom Penh Sokolov": a post is in a city no list holds.
                    if (m + 2 < n && PLACE_OPENERS.contains(bare(tokens.get(m)))) {
                        o = m + 2;
                    } else if (m + 1 < n && couldBePlace(tokens.get(m))) {
                        o = m + 1;
                    }
                }
                if (o == m) {
                    break; // "of" not followed by an organisation: not part of the title
                }
                k = o;
            }
            if (k >= n) {
                break; // nothing would remain of the name
            }
            i = k;
        }
        return i;
    }

    /**
     * French "M." (Monsieur) is also the initial of Mikhail, Maxim, Mark: before another initial it opens the
     * initials ("M. A. Suslov", "M. V. Zimyanin"); before a name it is the title ("M. Kim").
     */
    private static boolean isInitialBeforeInitial(List<String> tokens, int at, int len) {
        String t = tokens.get(at);
        if (len != 1 || t.length() != 2 || t.charAt(1) != '.' || at + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(at + 1);
        return next.indexOf('.') > 0 && NameParser.INITIALS.matcher(next).matches();
    }

    /** Whether the tokens from {@code from} to the end are a title and nothing else ("Premier", "Foreign Minister"). */
    boolean isOnlyTitle(List<String> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        List<String> padded = new java.util.ArrayList<>(tokens);
        padded.add("X");
        return titleEnd(padded, 0) == tokens.size();
    }

    /** Number of tokens of the head title at {@code at} (longest first), 0 when none. */
    int headLength(List<String> tokens, int at) {
        if (at >= tokens.size()) {
            return 0;
        }
        for (String[] words : tables.titlesByFirstWord.getOrDefault(bare(tokens.get(at)), List.of())) {
            if (at + words.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = bare(tokens.get(at + k)).equals(words[k].toLowerCase(Locale.ROOT));
            }
            if (match) {
                return words.length;
            }
        }
        return 0;
    }

    /**
     * A capitalized word one or two capitalized words before a body noun ("of PRC Sports Committee", "of
     * the Lawn Tennis Association"): part of the body's name, not the person after it.
     */
    private boolean beforeBody(List<String> tokens, int at) {
        for (int d = 0; d <= 2 && at + d < tokens.size(); d++) {
            String t = tokens.get(at + d);
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                return false;
            }
            if (d > 0 && tables.bodies.contains(bare(t))) {
                return true;
            }
        }
        return false;
    }

    /** A country or a place the lexicon knows ("to Cuba", "in Pyongyang"). */
    private boolean isPlace(String token) {
        String b = bare(token);
        return tables.countries.contains(b) || tables.notPeople.contains(b);
    }

    /** A capitalized word that is no given name or East Asian surname: the city of "Ambassador in ...". */
    private boolean couldBePlace(String token) {
        String b = bare(token);
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && !tables.givenNames.contains(b) && !PLACE_OPENERS.contains(b)
                && !tables.koreanSurnames.containsKey(b) && !tables.chineseSurnames.containsKey(b) && !tables.titlesByFirstWord.containsKey(b);
    }

    boolean isQualifier(String token) {
        return tables.qualifiers.contains(bare(token));
    }

    boolean isOrganisation(String token) {
        String b = bare(token);
        if (tables.organisations.contains(b)) {
            return true;
        }
        StringBuilder kept = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '[' && c != ']' && c != '(' && c != ')' && c != '\'' && c != ',' && c != '’') {
                kept.append(c); // by hand, not replaceAll: it runs for every word of every candidate title
            }
        }
        String t = kept.toString();
        if (t.contains(".") && NameParser.INITIALS.matcher(t).matches()) {
            return false; // "L.I." are initials, not an acronym
        }
        return t.chars().filter(Character::isLetter).count() >= 2 && t.length() <= 6
                && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** Lower case, without the brackets of an editor's insertion and a trailing comma. */
    static String bare(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '[' && c != ']' && c != '(' && c != ')' && c != ',') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString(); // by hand, not replaceAll: it runs for every word of every candidate title
    }
}
