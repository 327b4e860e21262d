package org.archivelistings.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips titles, glosses and possessives from a name as written, finds its order, and folds its parts to keys. */
final class NameParser {
    /** "A.", "A.I.", "A.I", "Yu.", "Ya.", "N": Russian initials may be two letters (Yu, Ya, Zh, Ch, Sh, Kh). */
    static final Pattern INITIALS = Pattern.compile(
            "(?:\\p{Lu}(?:[uah]|[\\p{Ll}&&[^\\p{ASCII}]])?\\.){1,3}|\\p{Lu}(?:\\.\\p{Lu}){1,2}\\.?|\\p{Lu}");

    /** Whether a word of a run is initials ("V.", "A. Ya.", "L.I."), spaces inside it ignored. */
    static boolean isInitial(String word) {
        return INITIALS.matcher(word.replace(" ", "")).matches();
    }
    static final Pattern SUFFIX = Pattern.compile("(?i)jr\\.?|sr\\.?|ii|iii|iv");
    private static final Pattern GLUED_INITIAL = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\.)(?=\\p{Lu}\\p{Ll}{2,})");
    private static final Pattern GLOSS = Pattern.compile("\\s*\\([^()]*\\)\\s*");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})(['’]s|s['’])$");
    private static final Pattern CYRILLIC_CASE = Pattern.compile("(ым|ом|ой|ою|ому|у|а|е)$");
    /** The Arabic article, as its spellings assimilate it (al-, el-, ad-, as-, an-, ...): "el-Sadat" is Sadat. */
    /** al-, el-, ad-, ash- and the other assimilated forms of the Arabic article. */
    private static final String ARTICLE = "(?i)(?:[ae][lrdsntzh]|[ae](?:sh|th|dh))";
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^" + ARTICLE + "[-‐‑](?=\\p{L}{3})");
    private static final Pattern ARABIC_ARTICLE_WORD = Pattern.compile(ARTICLE);
    private static final Pattern TONE_NUMBER = Pattern.compile("(?<=\\p{L})[1-5](?=[\\s-]|$)");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MEMO_LIMIT = 200_000;

    private final NameTables tables;
    private final TitleGrammar titles;
    private final EastAsianReading eastAsian;
    private final KoreanSyllables korean;
    private final EastAsianOrder orders;
    private final JapaneseSyllables japanese = new JapaneseSyllables();
    /** The same names recur on every page: strip and parse each spelling once. */
    private final BoundedMemo<String> strips = new BoundedMemo<>(MEMO_LIMIT, this::stripUncached);
    private final BoundedMemo<ParsedName> parsed = new BoundedMemo<>(MEMO_LIMIT, this::parseUncached);

    NameParser(NameTables tables) {
        this.tables = tables;
        this.titles = new TitleGrammar(tables);
        this.korean = new KoreanSyllables(tables);
        this.eastAsian = new EastAsianReading(tables, new ChineseSyllables(), korean);
        this.orders = new EastAsianOrder(tables, eastAsian);
    }

    EastAsianReading eastAsian() {
        return eastAsian;
    }

    JapaneseSyllables japanese() {
        return japanese;
    }

    TitleGrammar titles() {
        return titles;
    }

    /** The name without leading titles and honorifics, parenthesized glosses and possessive. */
    String strip(String asWritten) {
        return strips.get(asWritten);
    }

    private String stripUncached(String asWritten) {
        String s = GLOSS.matcher(asWritten.strip()).replaceAll(" ").strip();
        s = POSSESSIVE.matcher(s).replaceAll("");
        List<String> tokens = new ArrayList<>(Arrays.asList(SPACES.split(s)));
        int start = titles.titleEnd(tokens, 0);
        return start >= tokens.size() ? s : String.join(" ", tokens.subList(start, tokens.size()));
    }

    ParsedName parse(String asWritten) {
        return parsed.get(asWritten);
    }

    private ParsedName parseUncached(String asWritten) {
        String stripped = strip(asWritten);
        // Brackets of an editor's completion ("A[nastas]") and pinyin tone numbers ("Chiang3") are not letters.
        String text = TONE_NUMBER.matcher(WrittenForms.apostrophes(stripped.replace("[", "").replace("]", ""))).replaceAll("");
        if (text.codePoints().allMatch(c -> isCjk(c) || c == ' ') && !text.isBlank()) {
            return nativeScript(asWritten, stripped, text.replace(" ", ""));
        }
        int comma = text.indexOf(',');
        List<String> words = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        // "I.Kurchatov": an initial glued to the surname is still an initial.
        String spaced = GLUED_INITIAL.matcher(text.replace(",", " ")).replaceAll("$1 ");
        for (String t : SPACES.split(spaced.strip())) {
            boolean afterEastAsianSurname = !words.isEmpty() && initials.isEmpty() && eastAsian.isSurname(words.get(0));
            if (afterEastAsianSurname) {
                t = WrittenForms.syllableIl(t); // "Kim Jong II" is Il, not the Second; "Stevenson II" keeps its suffix
            }
            if (SUFFIX.matcher(t).matches() && !words.isEmpty() && spaced.strip().endsWith(t)) {
                continue; // "Jr.", "III" at the end
            }
            if (t.equals("II") || t.equals("Il")) {
                t = "Il"; // OCR reads the Korean syllable Il as the numeral II ("Kim II Sung")
            }
            if (t.length() == 1 && initials.isEmpty() && !spaced.strip().equals(t)
                    && (words.isEmpty() ? eastAsian.isSurname(t) : eastAsian.isSurname(words.get(0)))) {
                // One-letter surnames and syllables written without a period, after a Korean or Chinese
                // surname: O Jin-u (오), О Чин У, Cyrillic У (Wu) and Е (Ye); an initial has its period or
                // stands before a surname that is not East Asian.
                words.add(t);
            } else if (INITIALS.matcher(t).matches()) {
                for (String i : t.split("\\.")) {
                    if (!i.isEmpty()) {
                        initials.add(i.toLowerCase(Locale.ROOT));
                    }
                }
            } else if (t.endsWith(".") && t.length() > 2) {
                words.add(t.substring(0, t.length() - 1)); // "Jay." for Jay
            } else {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            words.add(initials.remove(initials.size() - 1));
        }
        // Particles belong to the surname that follows them ("de Gaulle", "del Solar").
        List<String> parts = new ArrayList<>();
        // After a Vietnamese surname a capitalized Van, Le or Do is a syllable (Văn, Lê, Đỗ: "Pham Van Dong").
        boolean vietnamese = !words.isEmpty() && tables.vietnameseSurnames.contains(ChineseSyllables.plain(words.get(0)));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i + 1 < words.size() && tables.particles.contains(w.toLowerCase(Locale.ROOT).replace("-", "")) && i > 0
                    && !(vietnamese && Character.isUpperCase(w.charAt(0)))) {
                // The Arabic article keeps its hyphen ("al Za'eem" is al-Za'eem), so that no key holds it.
                String joined = w + (w.endsWith("-") || !ARABIC_ARTICLE_WORD.matcher(w).matches() ? "" : "-") + words.get(i + 1);
                words.set(i + 1, joined);
                continue;
            }
            parts.add(w);
        }
        if (initials.isEmpty() && comma < 0 && parts.size() >= 2) {
            ParsedName ea = orders.read(asWritten, stripped, parts);
            if (ea != null) {
                return ea;
            }
        }
        String order;
        String surname;
        List<String> given = new ArrayList<>();
        if (comma > 0 && parts.size() >= 2) {
            order = "inverted";
            surname = parts.get(0);
            given.addAll(parts.subList(1, parts.size()));
            EastAsianReading.Reading r = eastAsian.read(surname, given);
            if (r != null) {
                return EastAsianOrder.name(asWritten, stripped, order, r);
            }
        } else if (initials.isEmpty() && parts.size() == 2 && japanese.familyFirst(parts.get(0), parts.get(1))) {
            order = "family-first"; // "Sasaki Kozo" is Kozo Sasaki: Japanese writes the family name first
            surname = parts.get(0);
            given.add(parts.get(1));
        } else if (parts.size() > 1 && isUpper(parts.get(0)) && !isUpper(parts.get(1))) {
            order = "family-first"; // "JEONG Hong-jin", "ГОМУЛКА Владислав": the surname in capitals
            surname = parts.get(0);
            given.addAll(parts.subList(1, parts.size()));
        } else {
            order = initials.isEmpty() ? "given-first" : "initials";
            surname = parts.get(parts.size() - 1);
            given.addAll(parts.subList(0, parts.size() - 1));
        }
        // The article before a word with an apostrophe ("al-Za'īm") is an article too.
        String unmarked = noMarks(surname);
        Matcher article = ARABIC_ARTICLE.matcher(unmarked);
        if (article.lookingAt()) {
            surname = unmarked.substring(article.end());
        }
        String surnameKey = westKey(uninflect(ARABIC_ARTICLE.matcher(surname).replaceFirst(""), !initials.isEmpty() || given.isEmpty()));
        String givenKey = given.isEmpty() ? "" : westKey(given.get(0));
        return new ParsedName(asWritten, stripped, order, false, surnameKey, givenKey,
                initials.stream().map(this::westKey).toList(), system(stripped), "west");
    }

    private ParsedName nativeScript(String asWritten, String stripped, String text) {
        // Hangul or Han: the first syllable is the surname (two-syllable surnames are rare in these archives).
        String surname = text.substring(0, Character.charCount(text.codePointAt(0)));
        String given = text.substring(surname.length());
        boolean hangul = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        String surnameKey;
        List<String> syllables = new ArrayList<>();
        if (hangul) {
            surnameKey = tables.koreanSurnames.getOrDefault(surname, asciiWord(surname));
            given.codePoints().forEach(c -> syllables.add(korean.soundClass(asciiWord(new String(Character.toChars(c))))));
        } else {
            String py = tables.chineseSurnames.getOrDefault(surname, asciiWord(surname));
            surnameKey = ChineseSyllables.soundClass(py);
            given.codePoints().forEach(c -> syllables.add(ChineseSyllables.soundClass(asciiWord(new String(Character.toChars(c))))));
        }
        return new ParsedName(asWritten, stripped, "family-first", true, surnameKey, String.join("-", syllables),
                List.of(), hangul ? "hangul" : "hanzi", hangul ? "ko" : "zh");
    }

    private static String noMarks(String word) {
        return word.replace("'", "").replace("’", "").replace("ʿ", "").replace("ʾ", "");
    }

    private String westKey(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NameTables.isAscii(lower)) {
            return NameTables.fold(asciiWord(lower), tables.westFolds);
        }
        // Composed first: the pre rules name č, ž, â as one letter, and text from PDFs and some transliterators
        // carries a letter + combining mark (z + U+030C for ž), which would lose its sound with the mark.
        String composed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFC);
        return NameTables.fold(asciiWord(NameTables.fold(composed, tables.preFolds)), tables.westFolds);
    }

    private static String asciiWord(String word) {
        return NOT_LETTER.matcher(NameTables.ascii(word).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** A Russian surname in an oblique case ("Микояна", "Хрущевым") back to its nominative. */
    private static String uninflect(String word, boolean likelyInflected) {
        if (EastAsianReading.isCyrillic(word) && likelyInflected && word.length() >= 6) {
            return CYRILLIC_CASE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        }
        return word;
    }

    static boolean isUpper(String word) {
        return word.length() > 1 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN;
    }

    private static String system(String s) {
        if (EastAsianReading.isCyrillic(s)) {
            return "cyrillic";
        }
        return s.chars().anyMatch(c -> c > 127) ? "latin-diacritics" : "latin";
    }
}
