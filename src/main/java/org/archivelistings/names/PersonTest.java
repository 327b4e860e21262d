package org.archivelistings.names;

import java.util.List;
import java.util.Locale;

/**
 * Whether a run of words (titles first, perhaps) names a person, by the classes of names: one the
 * authority knows; a Korean or Chinese surname with syllabic given names; initials + surname; a given
 * name of given-names.txt + surname; a name with initials in the middle ("Alan G. Kirk") or a particle
 * ("García del Solar"); whatever a title announces ("Ambassador Kurdyukov"); a lone word with a surname
 * ending of the Slavic, Caucasian and Romanian languages ("Shtykov", "Jaruzelski"). Places,
 * organisations, title words and headline words are never part of a name.
 */
final class PersonTest {
    /** Headline words by form: "Received", "Meeting", "Cooperation", "Agreement". */
    private static final WordEndings HEADLINE_FORM = WordEndings.of(true, 0,
            "ed", "ing", "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ance", "ence", "tions", "sions", "ments");
    private static final WordEndings SURNAME_ENDING = WordEndings.of(true, 2, "ov", "ev", "yov", "ova", "eva", "sky", "ski",
            "skiy", "skii", "skaya", "enko", "chuk", "vich", "vić", "vic", "ovic", "yan", "idze", "shvili", "escu", "eanu");
    /** Nouns and adjectives of peoples and doctrines: "Koreans", "Soviet Americans", "Leninist". */
    private static final WordEndings PEOPLE_WORD = WordEndings.of(false, 0,
            "ian", "ians", "ean", "eans", "ican", "icans", "ese", "ish", "ist", "ists", "ism");
    private static final WordEndings NATIONALITY = WordEndings.of(false, 0,
            "ian", "ans", "ese", "ish", "ic", "ist", "ists", "ism", "ean", "ern", "iss", "an");

    private final NameTables tables;
    private final NameParser parser;
    private final Authority authority;
    private final TitleGrammar titles;
    private final JapaneseSyllables japanese;

    PersonTest(NameTables tables, NameParser parser, Authority authority) {
        this.tables = tables;
        this.parser = parser;
        this.authority = authority;
        this.titles = parser.titles();
        this.japanese = parser.japanese();
    }

    /** Index where the name starts after its titles, or -1 when the words are not a person. */
    int nameStart(List<String> words, boolean midSentence) {
        int start = titles.titleEnd(words, 0);
        boolean titled = start > 0;
        List<String> name = words.subList(start, words.size());
        if (name.isEmpty() || name.size() > 5 || isJoiner(name.get(0)) || isJoiner(name.get(name.size() - 1))) {
            return -1;
        }
        int initials = 0;
        int joiners = 0;
        for (int k = 0; k < name.size(); k++) {
            String w = name.get(k);
            if (k > 0 && isArabicArticle(name.get(k - 1))) {
                continue; // the noun after the article is a name, whatever English word it spells: "Nuri al-Said"
            }
            if (isJoiner(w)) {
                joiners++;
                if (!tables.particles.contains(w.replace("-", ""))) {
                    return -1; // "of", "the": a title link, not part of a name
                }
            } else if (NameParser.isInitial(w)) {
                initials++;
            } else if ((excludedByLexicon(w) || headlineForm(w) && !readsEastAsian(name)) && !titleWordAsSurname(name, w)) {
                return -1; // "Xiaoping", "Hsiao-p'ing" end like "Meeting" but are syllables of a name
            }
        }
        if (initials == name.size() || name.size() == 1 && NameParser.SUFFIX.matcher(name.get(0)).matches()) {
            return -1; // initials alone, or a suffix cut off by its comma ("King, Jr.")
        }
        String w0 = name.get(0);
        if (name.size() > 1 && (w0.equals("A") || w0.equals("I")) && !readsEastAsian(name)) {
            return -1; // the article and the pronoun ("A Brief Memorandum"): an initial is written with its period
        }
        ParsedName p = parser.parse(String.join(" ", name));
        if (authority.match(p) != null) {
            return start;
        }
        if (initials > 0 && initials == name.size() - 1 && initials <= 3 && invertedInitials(name)) {
            return start; // "Stalin I.V.", "Brezhnev L. I.": Russian lists put the initials after the surname
        }
        int plain = name.size() - initials - joiners;
        String last = name.get(name.size() - 1);
        boolean lastIsWord = !NameParser.isInitial(last) && last.length() > 1;
        if (p.eastAsian() && !p.givenKey().isEmpty()) {
            return start; // "Kim Du-bong", "Li Pilgyu", "Syngman Rhee"
        }
        // Russian writes initials before a surname, never a given name and then initials: a Cyrillic word before
        // them is the sentence's ("посла Индии К. П. С. Меноном"), and the run is read again without it
        boolean wordBeforeInitials = Character.UnicodeScript.of(w0.codePointAt(0)) == Character.UnicodeScript.CYRILLIC
                && !NameParser.isInitial(w0);
        if (initials > 0 && lastIsWord && !looksLikeNationality(name.subList(name.size() - 1, name.size())) && plain <= 3 && NameParser.isInitial(name.get(0)) || initials > 0
                && lastIsWord && plain >= 2 && plain <= 3 && !wordBeforeInitials) {
            return start; // "V.I. Ivanov", "A. Ya. Vyshinsky", "Alan G. Kirk", "Stepan V. Chervonenko"
        }
        boolean lastIsPeople = PEOPLE_WORD.matches(last) || tables.countries.contains(last.toLowerCase(Locale.ROOT));
        if (plain >= 2 && lastIsWord && !lastIsPeople && (isGivenName(name.get(0)) || joiners > 0 && plain <= 4)) {
            return start; // "Dean Rusk", "Carlos Rafael Rodriguez", "García del Solar"
        }
        if (name.size() == 2 && plain == 2 && !looksLikeNationality(name) && !lastIsPeople && japanese.isName(name.get(0), name.get(1))) {
            return start; // "Nakasone Yasuhiro", "Kakuei Tanaka": both words of kana syllables
        }
        boolean brokenEastAsian = name.size() > 1 && parser.eastAsian().isSurname(name.get(0)) && !p.eastAsian()
                || name.size() > 2 && parser.parse(String.join(" ", name.subList(1, name.size()))).eastAsian();
        if (titled && initials == 0 && plain <= 3 && lastIsWord && !brokenEastAsian && !lastIsPeople) {
            return start; // "Ambassador Kurdyukov", "Premier Kim" (not "Premier Kim Received")
        }
        if (name.size() == 1 && SURNAME_ENDING.matches(last) && !tables.countries.contains(last.toLowerCase(Locale.ROOT))) {
            return start; // "Shtykov", "Jaruzelski", "Mikoyan"; not "Moldova"
        }
        if (midSentence && initials == 0 && plain <= 3 && lastIsWord && !looksLikeNationality(name)) {
            return start; // the subject of a reporting verb in prose ("Lazar believes"), a sender "(Drozniak)"
        }
        return -1;
    }

    /**
     * Whether a name read from a run in capitals ("KIM IL SUNG", "DEAN RUSK", title-cased) is one by a
     * lexicon: capitals hold acronyms and headline words, so the looser classes (a title, a reporting verb)
     * do not announce a name there. The authority, an East Asian surname with syllabic given names, a given
     * name first; alone, a surname ending, or an East Asian surname after a title ("PREMIER KIM").
     */
    boolean readsAsNameInCapitals(List<String> name, boolean titled) {
        ParsedName p = parser.parse(String.join(" ", name));
        if (name.size() == 1) {
            String w = name.get(0);
            return SURNAME_ENDING.matches(w) && !tables.countries.contains(w.toLowerCase(Locale.ROOT))
                    || titled && parser.eastAsian().isSurname(w) || w.length() >= 5 && authority.match(p) != null;
        }
        return authority.match(p) != null || p.eastAsian() && !p.givenKey().isEmpty() || isGivenName(name.get(0));
    }

    /**
     * A surname then only initials with their periods, two of them (first name and patronymic) unless the
     * surname has a surname ending; the surname a word no lexicon calls a place, body or word.
     */
    private boolean invertedInitials(List<String> name) {
        String surname = name.get(0);
        if (NameParser.isInitial(surname) || surname.length() < 3 || !Character.isLowerCase(surname.charAt(1))
                || !couldBeSurname(surname)) {
            return false;
        }
        int letters = 0;
        for (String w : name.subList(1, name.size())) {
            if (w.indexOf('.') < 0) {
                return false; // "Annex A", "Group B": an initial after a surname has its period
            }
            letters += (int) w.chars().filter(Character::isUpperCase).count();
        }
        // Russian lists give first name and patronymic ("I.V."); one letter only after a surname by its ending ("Table D.").
        return letters >= 2 || SURNAME_ENDING.matches(surname);
    }

    /** "al-", "el-": the Arabic article written onto the next word. */
    private static boolean isArabicArticle(String w) {
        return w.length() == 3 && w.charAt(2) == '-' && (w.startsWith("al") || w.startsWith("el"));
    }

    /** Whether a lone capitalized word may be a surname: no lexicon says it is a place, body, title or word. */
    boolean couldBeSurname(String word) {
        return word.length() >= 3 && !excluded(word) && !looksLikeNationality(List.of(word))
                && !parser.eastAsian().isSurname(word) && tables.places.lengthAt(List.of(word), 0) == 0;
    }

    /** Whether the word is the short form of a given name, written with a period ("Wm.", "Chas."). */
    boolean isShortGivenName(String word) {
        return tables.shortGivenNames.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isGivenName(String word) {
        if (word.length() > 2 && word.charAt(word.length() - 1) == '.') {
            return isShortGivenName(word.substring(0, word.length() - 1)); // "Wm." as the mention finder keeps it
        }
        return tables.givenNames.contains(NameTables.ascii(word).toLowerCase(Locale.ROOT));
    }

    private boolean excluded(String word) {
        return excludedByLexicon(word) || headlineForm(word);
    }

    /**
     * A title word as the surname after given names ("Harold Lady", "Martin Luther King"): the last word,
     * a title and nothing else a lexicon says, after given names and initials only.
     */
    private boolean titleWordAsSurname(List<String> name, String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        // Identity, not equals: the word at the last place, not an equal word before it.
        if (name.size() < 2 || w != name.get(name.size() - 1) || !tables.titlesByFirstWord.containsKey(lower)
                || tables.notPeople.contains(lower) || tables.qualifiers.contains(lower) || tables.organisations.contains(lower)
                || tables.headlineWords.contains(lower) || !isGivenName(name.get(0))) {
            return false;
        }
        for (String before : name.subList(1, name.size() - 1)) {
            if (!isGivenName(before) && !NameParser.isInitial(before)) {
                return false;
            }
        }
        return true;
    }

    private boolean readsEastAsian(List<String> name) {
        ParsedName p = parser.parse(String.join(" ", name));
        return p.eastAsian() && !p.givenKey().isEmpty();
    }

    /** An English word by its ending ("Received", "Meeting", "Agreement"), unless a given name. */
    private boolean headlineForm(String word) {
        String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
        // A given name + s is a surname ("Clements", like "Williams"), not a plural ("Fragments", "Organizations").
        return HEADLINE_FORM.matches(bare) && !isGivenName(bare) && bare.length() > 5
                && !(bare.endsWith("s") && isGivenName(bare.substring(0, bare.length() - 1)));
    }

    private boolean excludedByLexicon(String word) {
        String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
        String lower = bare.toLowerCase(Locale.ROOT);
        if (tables.notPeople.contains(lower) || tables.qualifiers.contains(lower) || tables.titlesByFirstWord.containsKey(lower)
                || tables.organisations.contains(lower) || tables.headlineWords.contains(lower)) {
            return true;
        }
        if (bare.length() > 1 && bare.chars().allMatch(c -> Character.isUpperCase(c) || c == '.') && bare.length() <= 4
                && !bare.equals("II")
                && !parser.eastAsian().isSurname(bare)) {
            return true; // an acronym: "KGB", "ROK"
        }
        return false;
    }

    /** "Swiss", "Cuban", "Marxist", "Koreans": adjectives and nouns of peoples and doctrines, not names. */
    private boolean looksLikeNationality(List<String> name) {
        for (String w : name) {
            String b = w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
            if (NATIONALITY.matches(b) || tables.countries.contains(b.toLowerCase(Locale.ROOT)) || b.length() < 3) {
                return true;
            }
        }
        return false;
    }

    static boolean isJoiner(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }
}
