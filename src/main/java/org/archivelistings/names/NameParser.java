package org.archivelistings.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Strips titles, glosses and possessives from a name as written, finds its order, and folds its parts to keys. */
final class NameParser {
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?){1,3}|(?:\\p{Lu}\\.\\s?){1,3}|\\p{Lu}\\.\\p{Lu}");
    private static final Pattern GLOSS = Pattern.compile("\\s*\\([^()]*\\)\\s*");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})(['’]s|s['’])$");
    private static final Pattern CYRILLIC_CASE = Pattern.compile("(ым|ом|ой|ою|ому|у|а|е)$");
    private static final Pattern TONE_NUMBER = Pattern.compile("(?<=\\p{L})[1-5](?=[\\s-]|$)");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MEMO_LIMIT = 200_000;

    private final NameTables tables;
    /** The same names recur on every page: strip and parse each spelling once. */
    private final BoundedMemo<String> strips = new BoundedMemo<>(MEMO_LIMIT, this::stripUncached);
    private final BoundedMemo<ParsedName> parsed = new BoundedMemo<>(MEMO_LIMIT, this::parseUncached);

    NameParser(NameTables tables) {
        this.tables = tables;
    }

    /** The name without leading titles and honorifics, parenthesized glosses and possessive. */
    String strip(String asWritten) {
        return strips.get(asWritten);
    }

    private String stripUncached(String asWritten) {
        String s = GLOSS.matcher(asWritten.strip()).replaceAll(" ").strip();
        s = POSSESSIVE.matcher(s).replaceAll("");
        List<String> tokens = new ArrayList<>(Arrays.asList(SPACES.split(s)));
        int start = titleEnd(tokens, 0);
        return start >= tokens.size() ? s : String.join(" ", tokens.subList(start, tokens.size()));
    }

    /** Index of the first token after the titles (and their qualifiers) that start at {@code from}. */
    int titleEnd(List<String> tokens, int from) {
        int i = from;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && tables.qualifiers.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                j++;
            }
            int len = titleLength(tokens, j);
            if (len == 0 || j + len >= tokens.size()) {
                break; // no title here, or nothing would remain of the name
            }
            i = j + len;
        }
        return i;
    }

    private int titleLength(List<String> tokens, int at) {
        if (at >= tokens.size()) {
            return 0;
        }
        for (String[] words : tables.titlesByFirstWord.getOrDefault(tokens.get(at).toLowerCase(Locale.ROOT), List.of())) {
            if (at + words.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = tokens.get(at + k).equalsIgnoreCase(words[k]);
            }
            if (match) {
                return words.length;
            }
        }
        return 0;
    }

    ParsedName parse(String asWritten) {
        return parsed.get(asWritten);
    }

    private ParsedName parseUncached(String asWritten) {
        String stripped = strip(asWritten);
        // Brackets of an editor's completion ("A[nastas]") and pinyin tone numbers ("Chiang3") are not letters.
        String text = TONE_NUMBER.matcher(stripped.replace("[", "").replace("]", "")).replaceAll("");
        if (text.codePoints().allMatch(c -> isCjk(c) || c == ' ') && !text.isBlank()) {
            return nativeScript(asWritten, stripped, text.replace(" ", ""));
        }
        String order = "given-first";
        String surname;
        List<String> given = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        int comma = text.indexOf(',');
        List<String> tokens = new ArrayList<>(Arrays.asList(SPACES.split(text.replace(",", " ").strip())));
        List<String> words = new ArrayList<>();
        for (String t : tokens) {
            if (INITIALS.matcher(t).matches() && t.length() <= 6 && (t.contains(".") || t.length() == 1)) {
                for (char c : t.replace(".", "").toCharArray()) {
                    initials.add(String.valueOf(c));
                }
            } else {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            words.add(tokens.get(tokens.size() - 1));
            initials.remove(initials.size() - 1);
        }
        boolean eastAsian = false;
        if (comma > 0 && words.size() >= 2) {
            order = "inverted";
            surname = words.get(0);
            given.addAll(words.subList(1, words.size()));
        } else if (!initials.isEmpty()) {
            order = "initials";
            surname = words.get(words.size() - 1);
            given.addAll(words.subList(0, words.size() - 1));
        } else if (words.size() > 1 && isUpper(words.get(0)) && !isUpper(words.get(1))) {
            order = "family-first"; // "JEONG Hong-jin", "ГОМУЛКА Владислав": the surname in capitals
            surname = words.get(0);
            given.addAll(words.subList(1, words.size()));
        } else if (words.size() > 1 && isEastAsianSurname(words.get(0)) && looksEastAsianGiven(words.subList(1, words.size()))) {
            order = "family-first";
            surname = words.get(0);
            given.addAll(words.subList(1, words.size()));
            eastAsian = true;
        } else if (words.size() > 1 && words.size() <= 3 && isEastAsianSurname(words.get(words.size() - 1))
                && looksEastAsianGiven(words.subList(0, words.size() - 1))) {
            surname = words.get(words.size() - 1); // "Syngman Rhee", "Duk Shin Choi"
            given.addAll(words.subList(0, words.size() - 1));
            eastAsian = true;
        } else {
            surname = words.get(words.size() - 1);
            given.addAll(words.subList(0, words.size() - 1));
        }
        if (!eastAsian && isEastAsianSurname(surname) && given.size() >= 1 && looksEastAsianGiven(given)) {
            eastAsian = true;
        }
        String surnameKey;
        String givenKey;
        if (eastAsian) {
            surnameKey = tables.eastAsianSurnames.getOrDefault(asciiWord(surname), asciiWord(surname));
            givenKey = NameTables.fold(asciiWord(String.join("", given)), tables.eastAsianFolds);
        } else {
            surnameKey = westKey(uninflect(surname, !initials.isEmpty() || given.isEmpty()));
            givenKey = given.isEmpty() ? "" : westKey(String.join("", given));
        }
        List<String> initialKeys = initials.stream().map(i -> westKey(i)).toList();
        return new ParsedName(asWritten, stripped, order, eastAsian, surnameKey, givenKey, initialKeys,
                system(stripped, eastAsian));
    }

    private ParsedName nativeScript(String asWritten, String stripped, String text) {
        // Hangul or Han: the first syllable is the surname (two-syllable surnames are rare in these archives).
        String surname = text.substring(0, Character.charCount(text.codePointAt(0)));
        String given = text.substring(surname.length());
        String surnameKey = tables.eastAsianSurnames.getOrDefault(surname, asciiWord(surname));
        String givenKey = NameTables.fold(asciiWord(given), tables.eastAsianFolds);
        boolean hangul = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        return new ParsedName(asWritten, stripped, "family-first", true, surnameKey, givenKey, List.of(),
                hangul ? "hangul" : "hanzi");
    }

    private String westKey(String word) {
        return NameTables.fold(asciiWord(word), tables.westFolds);
    }

    private static String asciiWord(String word) {
        return NOT_LETTER.matcher(NameTables.ascii(word).toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
                .replaceAll("");
    }

    /** A Russian surname in an oblique case ("Микояна", "Хрущевым") back to its nominative. */
    private static String uninflect(String word, boolean likelyInflected) {
        boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        if (cyrillic && likelyInflected && word.length() >= 6) {
            String lower = word.toLowerCase(Locale.ROOT);
            return CYRILLIC_CASE.matcher(lower).replaceAll("");
        }
        return word;
    }

    boolean isEastAsianSurname(String word) {
        return tables.eastAsianSurnames.containsKey(NameTables.ascii(word).toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
                || tables.eastAsianSurnames.containsKey(word);
    }

    /** Korean and Chinese given names are one or two syllables: short parts, hyphenated or not. */
    private static boolean looksEastAsianGiven(List<String> parts) {
        if (parts.isEmpty() || parts.size() > 2) {
            return false;
        }
        int letters = 0;
        for (String p : parts) {
            for (String syllable : p.split("-")) {
                if (syllable.length() > 9) {
                    return false;
                }
            }
            letters += p.replace("-", "").length();
        }
        return letters <= 11;
    }

    private static boolean isUpper(String word) {
        return word.length() > 1 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN;
    }

    private static String system(String s, boolean eastAsian) {
        if (s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return "cyrillic";
        }
        if (!eastAsian) {
            return s.chars().anyMatch(c -> c > 127) ? "latin-diacritics" : "latin";
        }
        if (s.matches(".*[ŏŭŎŬ'’^].*")) {
            return s.matches(".*(hs|ts'|tz|ch').*") ? "WG" : "MR";
        }
        if (s.matches("(?i).*(eo|eu).*")) {
            return "RR";
        }
        if (s.matches(".*\\p{L}-\\p{Ll}.*")) {
            return s.matches("(?i).*(hs|ts|tz).*") ? "WG" : "MR-plain";
        }
        return s.matches(".*[a-z]\\p{Lu}.*|.*(zh|x|q).*") ? "pinyin" : "ad-hoc";
    }
}
