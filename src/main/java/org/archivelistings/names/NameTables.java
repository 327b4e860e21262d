package org.archivelistings.names;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The readable tables the name core works from (see the files beside this class's resources). */
final class NameTables {
    /**
     * One fold rule of folds.tsv; {@code when}, if not null, is the mark of the language the rule belongs
     * to, looked for in the whole word as folded so far (German z is ц, Polish c before o is ц).
     */
    record Fold(Pattern pattern, String replacement, Pattern when) {}

    final List<String> titles;
    /** Titles by their first word (lower case), longest first: the title check runs for every candidate. */
    final Map<String, List<String[]>> titlesByFirstWord = new HashMap<>();
    final Set<String> qualifiers;
    final Set<String> notPeople;
    /** Surname spelling (lower-case, marks dropped) or Hangul → key, for Korean surnames; first row wins. */
    final Map<String, String> koreanSurnames = new HashMap<>();
    /**
     * Hangul of surnames marked rare (fewer than 0.1% of Koreans: 연, 계, 육, 태, 길): they read a name but open
     * no Hangul run, as two-syllable words starting with them (연설, 계획, 육군, 태도) far outnumber the names.
     */
    final java.util.Set<String> rareHangulSurnames = new java.util.HashSet<>();
    /** Surname spelling (pinyin, Taiwan forms) or characters → pinyin, for Chinese surnames. */
    final Map<String, String> chineseSurnames = new HashMap<>();
    /** Vietnamese surnames, lower-case ASCII (from vietnamese-surnames.tsv). */
    final Set<String> vietnameseSurnames = new HashSet<>();
    /** Given names (lower case) of many languages: "Dean" in "Dean Rusk" starts a Western name. */
    final Set<String> givenNames;
    /** Short forms of given names written with a period (lower case): "Wm." in "Wm. Averell Harriman". */
    final Set<String> shortGivenNames = new HashSet<>();
    /** Words of organisations and states inside titles ("CPSU CC", "KCIA", "Foreign Affairs"). */
    final Set<String> organisations;
    /** The nouns that end a body's name ("Committee", "Department"), organisation words themselves. */
    final Set<String> bodies;
    /** Capitalized nouns after which a person's name names a place or thing ("University", "Doctrine"), as written. */
    final Set<String> eponymNouns;
    /** English words of title-case headlines that never belong to a name ("Received", "Talks"). */
    final Set<String> headlineWords;
    /** Country names in English (ICU's CLDR display names), never a person. */
    final Set<String> countries = new HashSet<>();
    /** Capitals and large cities (places.txt), never a person. */
    final Places places = new Places();
    /** Lower-case particles inside names: "de Gaulle", "da Silveira", "al-Za'im". */
    final Set<String> particles;
    final List<Fold> westFolds;
    /** Rewrites of the lower-case letters before ASCII folding, for marks that carry a sound (č, š, ż). */
    final List<Fold> preFolds;
    final List<Fold> eastAsianFolds;

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> RUSSIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));

    NameTables() {
        titles = new ArrayList<>(lines("titles.txt"));
        titles.sort(Comparator.comparingInt(String::length).reversed());
        for (String t : titles) {
            String[] words = t.split(" ");
            titlesByFirstWord.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(words);
        }
        qualifiers = lower(lines("qualifiers.txt"));
        notPeople = lower(lines("not-people.txt"));
        notPeople.addAll(lower(lines("role-nouns.txt")));
        for (String line : lines("korean-surnames.tsv")) {
            String[] f = line.split("\t");
            for (String v : (f[1] + "|" + f[2]).split("\\|")) {
                koreanSurnames.putIfAbsent(isAscii(v) ? ChineseSyllables.plain(v) : v, f[0]);
            }
            if (f.length > 3 && f[3].equals("rare")) {
                rareHangulSurnames.addAll(List.of(f[1].split("\\|")));
            }
        }
        for (String line : lines("chinese-surnames.tsv")) {
            String[] f = line.split("\t", -1);
            chineseSurnames.putIfAbsent(f[0], f[0]);
            for (String v : (f[1] + "|" + (f.length > 2 ? f[2] : "")).split("\\|")) {
                if (!v.isBlank()) {
                    chineseSurnames.putIfAbsent(isAscii(v) ? ChineseSyllables.plain(v) : v, f[0]);
                }
            }
        }
        for (String line : lines("vietnamese-surnames.tsv")) {
            vietnameseSurnames.add(line.split("\t")[1].toLowerCase(Locale.ROOT));
        }
        givenNames = lower(lines("given-names.txt"));
        for (String line : lines("given-name-short-forms.txt")) {
            shortGivenNames.add(line.split("\t")[0].toLowerCase(Locale.ROOT));
        }
        givenNames.addAll(shortGivenNames);
        organisations = lower(lines("organisations.txt"));
        bodies = lower(lines("organisation-heads.txt"));
        eponymNouns = new HashSet<>(lines("eponym-nouns.txt"));
        organisations.addAll(bodies);
        headlineWords = lower(lines("headline-words.txt"));
        particles = lower(lines("particles.txt"));
        for (String iso : java.util.Locale.getISOCountries()) {
            countries.addAll(countryWords(new com.ibm.icu.util.ULocale("", iso).getDisplayCountry(com.ibm.icu.util.ULocale.ENGLISH)));
        }
        westFolds = new ArrayList<>();
        eastAsianFolds = new ArrayList<>();
        preFolds = new ArrayList<>();
        Map<String, Pattern> languages = new HashMap<>();
        for (String line : lines("folds.tsv")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("lang")) {
                languages.put(f[1], Pattern.compile(f[2]));
                continue;
            }
            String[] set = f[0].split(":");
            Pattern when = set.length > 1 ? Objects.requireNonNull(languages.get(set[1]), line) : null;
            Fold fold = new Fold(Pattern.compile(f[1]), f[2], when);
            (set[0].equals("ea") ? eastAsianFolds : set[0].equals("pre") ? preFolds : westFolds).add(fold);
        }
    }

    /** ICU's transliterators are slow and the same words recur (a pure function: shared by all threads). */
    private static final BoundedMemo<String> TRANSLITERATED = new BoundedMemo<>(100_000, NameTables::transliterate);

    /**
     * The words of a country's name that mark a word as a country, lower case. Names of people inside
     * country names are left out: a saint's ("St. Martin", "San Marino") and those of islands named after
     * people ("Marshall Islands", "Cook Islands", "Heard & McDonald Islands"), so that "George Marshall"
     * and "Jacques Martin" stay names.
     */
    private List<String> countryWords(String name) {
        String[] words = name.split("[\\s&,()-]+");
        List<String> out = new ArrayList<>();
        boolean islands = words.length > 1 && words[words.length - 1].startsWith("Island");
        for (int i = 0; i < words.length; i++) {
            boolean saint = i > 0 && List.of("St.", "Saint", "San", "São", "Sint").contains(words[i - 1]);
            String w = words[i].toLowerCase(Locale.ROOT);
            if (words[i].length() > 2 && !saint && !(islands && i < words.length - 1)
                    && !(words.length > 1 && givenNames.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }

    /** Latin ASCII for any script: Cyrillic by BGN/PCGN, Hangul and Han by ICU's romanizations. */
    static String ascii(String text) {
        if (isAscii(text)) {
            return text; // most names in these listings: no transliteration to run
        }
        return TRANSLITERATED.get(text);
    }

    private static String transliterate(String text) {
        boolean cyrillic = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        String latin = (cyrillic ? RUSSIAN : TO_ASCII).get().transliterate(text);
        return TO_ASCII.get().transliterate(latin);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String fold(String token, List<Fold> folds) {
        String s = token;
        for (Fold f : folds) {
            if (f.when() != null && !f.when().matcher(s).find()) {
                continue;
            }
            s = f.pattern().matcher(s).replaceAll(f.replacement());
        }
        return s;
    }

    private static Set<String> lower(List<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    static List<String> lines(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(NameTables.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
