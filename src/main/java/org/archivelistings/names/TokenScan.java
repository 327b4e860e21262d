package org.archivelistings.names;

import java.util.Set;

/**
 * The words of {@link MentionFinder}'s runs, scanned by hand. These scans run at every capital letter of
 * every title and summary read; as regular expressions (a matcher reset per capital, alternations tried
 * one by one) they were most of the time of mention finding. Each method says the expression it replaces
 * and matches exactly what it matched (Java's {@code \p{Lu}} is the Unicode category, {@code \s} the six
 * ASCII spaces), so the mentions found are the same. The tests of what stands around a run (a lower-case
 * word before it, an initial after it) are here too, scanned by hand for the same reason.
 */
final class TokenScan {
    /**
     * Lower-case words that may sit inside a run: name particles and the links of a title ("in" since the
     * title grammar reads a post's city: "Ambassador in Mogadishu Herklotz").
     */
    private static final String[] JOINERS = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der",
        "den", "ter", "al", "el", "bin", "ibn", "of", "to", "at", "for", "the", "in"};
    private static final Set<String> ADVERBS = Set.of("also", "then", "further", "again");
    /** Verbs of saying and meeting: in prose their subject is a person. */
    private static final Set<String> REPORTING_VERBS = Set.of("is", "was", "has", "had", "says", "said", "believes",
            "believed", "agrees", "agreed", "states", "stated", "reports", "reported", "tells", "told", "asks", "asked",
            "notes", "noted", "expresses", "expressed", "discusses", "discussed", "argues", "argued", "claims", "suggests",
            "suggested", "proposes", "proposed", "explains", "explained", "describes", "informs", "informed", "writes",
            "wrote", "meets", "met", "thanks", "thanked", "welcomes", "laments", "emphasizes", "emphasized", "stresses",
            "stressed", "summarizes", "replies", "replied", "responds", "responded", "requests", "requested", "promises",
            "insists", "complains", "criticizes", "criticized", "recounts", "recalls", "conveys", "conveyed", "relays",
            "relayed", "assures", "warns", "warned", "praises", "hopes", "considers", "thinks", "feels", "wants", "wishes",
            "urges", "offers", "gives", "sends", "receives", "invites");

    /** Letters of the longest verb or adverb. */
    private static final int MAX_VERB = REPORTING_VERBS.stream().mapToInt(String::length).max().orElse(0);

    private TokenScan() {}

    /**
     * End of the token starting at the upper-case letter at {@code at}, trailing space excluded; was
     * {@code (?:\p{Lu}\p{Ll}?\.\s?){1,3}(?=\s*\p{Lu}) | \p{Lu}(?:\.\p{Lu})+\.? | \p{Lu}[\p{L}\p{M}]*(?:['’‘`´\-][\p{L}\p{M}]+)*},
     * first alternative first: initials before a capital ("A. Ya."), dotted capitals ("U.S"), a word.
     */
    static int tokenEnd(String text, int at) {
        int initials = initialsEnd(text, at);
        if (initials > 0) {
            return initials;
        }
        int n = text.length();
        int p = at + Character.charCount(text.codePointAt(at));
        int dotted = p;
        while (dotted + 1 < n && text.charAt(dotted) == '.' && isUpper(text.codePointAt(dotted + 1))) {
            dotted += 1 + Character.charCount(text.codePointAt(dotted + 1));
        }
        if (dotted > p) {
            return dotted < n && text.charAt(dotted) == '.' ? dotted + 1 : dotted;
        }
        p = letters(text, p);
        while (p + 1 < n && isInnerMark(text.charAt(p)) && isLetterOrMark(text.codePointAt(p + 1))) {
            p = letters(text, p + 1);
        }
        return p;
    }

    /** The initials alternative: up to three "A." or "Ya.", one space apart, a capital after the last kept. */
    private static int initialsEnd(String text, int at) {
        int n = text.length();
        int[] dotEnds = new int[3];
        int count = 0;
        int p = at;
        while (count < 3 && p < n && isUpper(text.codePointAt(p))) {
            int q = p + Character.charCount(text.codePointAt(p));
            if (q < n && Character.getType(text.codePointAt(q)) == Character.LOWERCASE_LETTER && digraphSecond(text.charAt(q))) {
                q += Character.charCount(text.codePointAt(q));
            }
            if (q >= n || text.charAt(q) != '.') {
                break;
            }
            dotEnds[count++] = q + 1;
            p = q + 1 < n && isSpace(text.charAt(q + 1)) ? q + 2 : q + 1;
        }
        if (count == 0) {
            return -1;
        }
        // Fewer initials are always followed by a capital (the next initial): only the last may fail.
        return capitalAfterSpaces(text, dotEnds[count - 1]) ? dotEnds[count - 1] : count > 1 ? dotEnds[count - 2] : -1;
    }

    /**
     * Whether a lower-case letter can end a two-letter initial: the digraphs that romanize one Cyrillic letter
     * (Ya., Yu., Ye., Yo., Zh., Ch., Sh., Kh., Ts., Th.) or a letter with a mark (Đž.). "Wm." and "Hy." are
     * short given names, "Dr." and "St." titles: no initials.
     */
    private static boolean digraphSecond(char c) {
        return c >= 0x80 || "uaheos".indexOf(c) >= 0;
    }

    /**
     * End of the joiner at {@code at} (a trailing hyphen included), or -1; was
     * {@code (?:de|da|...|the)(?:-(?=\p{Lu})|(?=\s))}: a particle or link word, then a hyphen and a capital, or a space.
     */
    static int joinerEnd(String text, int at) {
        int n = text.length();
        int end = at;
        while (end < n && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
            end++;
        }
        if (end - at < 2 || end - at > 5 || end >= n || !isJoiner(text, at, end)) {
            return -1;
        }
        if (isSpace(text.charAt(end))) {
            return end;
        }
        return text.charAt(end) == '-' && end + 1 < n && isUpper(text.codePointAt(end + 1)) ? end + 1 : -1;
    }

    /** Whether text[at, end) is a joiner word; compared in place, no copy (every lower-case word after a name is tried). */
    private static boolean isJoiner(String text, int at, int end) {
        for (String j : JOINERS) {
            if (j.length() == end - at && text.startsWith(j, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reporting verb follows {@code at}; was
     * {@code " (?:also |then |further |again )?(?:is|was|has|...|invites)\b"} looking at {@code at}.
     */
    static boolean reportingVerbAt(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') {
            return false;
        }
        int end = lowerWordEnd(text, at + 1);
        if (end - at - 1 < 2 || end - at - 1 > MAX_VERB) {
            return false; // no verb or adverb that short or long: spare the substring
        }
        String word = text.substring(at + 1, end);
        if (ADVERBS.contains(word) && end < text.length() && text.charAt(end) == ' ') {
            int verbEnd = lowerWordEnd(text, end + 1);
            if (REPORTING_VERBS.contains(text.substring(end + 1, verbEnd)) && wordBoundary(text, verbEnd)) {
                return true;
            }
        }
        return REPORTING_VERBS.contains(word) && wordBoundary(text, end);
    }

    /** Whether a token is two surnames of six letters or more joined by a hyphen; was {@code \p{Lu}\p{Ll}{5,}-\p{Lu}\p{Ll}{5,}}. */
    static boolean isHyphenPair(String token) {
        int dash = lowerRunAfterCapital(token, 0);
        if (dash < 0 || dash >= token.length() || token.charAt(dash) != '-') {
            return false;
        }
        return lowerRunAfterCapital(token, dash + 1) == token.length();
    }

    /** After a capital at {@code from} and five or more lower-case letters, where the run ends; else -1. */
    private static int lowerRunAfterCapital(String s, int from) {
        if (from >= s.length() || !isUpper(s.codePointAt(from))) {
            return -1;
        }
        int p = from + Character.charCount(s.codePointAt(from));
        int letters = 0;
        while (p < s.length() && Character.getType(s.codePointAt(p)) == Character.LOWERCASE_LETTER) {
            p += Character.charCount(s.codePointAt(p));
            letters++;
        }
        return letters >= 5 ? p : -1;
    }

    private static int lowerWordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
            end++;
        }
        return end;
    }

    /** Java's {@code \b} after a letter: no letter, digit, underscore or combining mark follows. */
    private static boolean wordBoundary(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        int cp = text.codePointAt(at);
        return !(Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    private static boolean capitalAfterSpaces(String text, int from) {
        int p = from;
        while (p < text.length() && isSpace(text.charAt(p))) {
            p++;
        }
        return p < text.length() && isUpper(text.codePointAt(p));
    }

    private static int letters(String text, int from) {
        int p = from;
        while (p < text.length() && isLetterOrMark(text.codePointAt(p))) {
            p += Character.charCount(text.codePointAt(p));
        }
        return p;
    }

    static boolean isUpper(int cp) {
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    private static boolean isLetterOrMark(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isInnerMark(char c) {
        // the typed stand-ins for the aspiration mark too ("Shao-ch`i", "Hsiao-p‘ing")
        return c == '\'' || c == '’' || c == '-' || c == '‘' || c == '`' || c == '´';
    }

    /** Whether "in" or "at" comes just before: "the embassy in Taipei reports" names a place, not a subject. */
    static boolean afterPlaceLink(String text, int at) {
        return at >= 3 && (text.startsWith(" in ", at - 4) || text.startsWith(" at ", at - 4) || at == 3
                && (text.startsWith("in ") || text.startsWith("at ")));
    }

    /** Whether a lower-case word comes just before: not the first word of a sentence. */
    static boolean afterLowerCaseWord(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && Character.isLowerCase(text.charAt(at - 2));
    }

    /** Whether the word before {@code at} is in lower case ("from", "and"), or nothing is. */
    static boolean afterLowerCaseWordOrNone(String text, int at) {
        if (at == 0) {
            return true;
        }
        int p = at - 1;
        if (text.charAt(p) != ' ') {
            return false;
        }
        while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        return p < at - 1 && Character.isLowerCase(text.charAt(p));
    }

    /** Whether an initial and a capitalized word start at {@code at}: "A. Harriman". */
    static boolean initialAt(String text, int at) {
        return TokenScan.isUpper(text.codePointAt(at)) && text.charAt(at + 1) == '.' && at + 3 < text.length()
                && text.charAt(at + 2) == ' ' && TokenScan.isUpper(text.codePointAt(at + 3));
    }

    /** Whether text[from, to) is one or two spaces: the words around it are one run. */
    static boolean onlySpaces(String text, int from, int to) {
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

    /** Java's {@code \s}: the ASCII spaces only. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
