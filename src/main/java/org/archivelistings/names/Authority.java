package org.archivelistings.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The people of authority.tsv, indexed by the keys of their canonical name, their variants (spellings no
 * rule reaches) and their aliases (other names), so that matching tries it first.
 */
final class Authority {
    record Person(String id, String canonical, String nativeName, boolean bare) {}

    /** A person's name form, folded. */
    private record Form(Person person, ParsedName name, boolean alias) {}

    /** A match: the person and how sure. */
    record Match(Person person, String method, double confidence) {}

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final java.util.regex.Pattern PRESS_OU =
            java.util.regex.Pattern.compile("(?<![eiyEIY])ou(?![aeiou]|ng)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    final Map<String, Person> byId = new HashMap<>();
    private final Map<String, Set<Form>> byKey = new HashMap<>();
    private final Map<String, List<Form>> bySurname = new HashMap<>();
    private final Map<String, Set<String>> byDeletion = new HashMap<>();
    private final PhoneticSurnames phonetic = new PhoneticSurnames();
    private final Map<String, String> canonicalKeys = new HashMap<>();
    private final EastAsianReading eastAsian;
    private final Damage damage = new Damage();
    private final NameParser parser;
    private final BoundedMemo<java.util.Optional<Match>> damaged = new BoundedMemo<>(20_000, w -> repairDamaged(parserOf(w)));

    /** The bundled authority file; or, with {@code enabled} false, an empty one (to measure the rules alone). */
    Authority(NameParser parser, boolean enabled) {
        eastAsian = parser.eastAsian();
        this.parser = parser;
        for (String line : enabled ? NameTables.lines("authority.tsv") : List.<String>of()) {
            String[] f = line.split("\t", -1);
            Person p = new Person(f[0], f[1], f[2], f.length > 6 && f[6].strip().equals("1"));
            byId.put(p.id(), p);
            List<String> forms = new ArrayList<>(List.of(f[1]));
            if (!f[2].isBlank()) {
                forms.add(f[2]);
            }
            for (String v : f[4].split("\\|")) {
                if (!v.isBlank()) {
                    forms.add(v);
                }
            }
            canonicalKeys.put(p.id(), parser.parse(f[1]).key());
            for (String form : forms) {
                add(new Form(p, parser.parse(form), false));
            }
            for (String a : f[5].split("\\|")) {
                if (!a.isBlank()) {
                    add(new Form(p, parser.parse(a), true));
                }
            }
        }
    }

    private void add(Form form) {
        byKey.computeIfAbsent(form.name().key(), k -> new LinkedHashSet<>()).add(form);
        if (!form.alias() && !form.name().eastAsian() && !form.name().language().equals("native")) {
            String[] words = form.name().stripped().split("\\s+");
            phonetic.add(words[words.length - 1], form.person().id());
        }
        if (!form.alias()) {
            bySurname.computeIfAbsent(form.name().surnameKey(), k -> new ArrayList<>()).add(form);
            if (form.name().surnameKey().length() >= 6) {
                for (String d : deletions(form.name().surnameKey())) {
                    byDeletion.computeIfAbsent(d, k -> new java.util.HashSet<>()).add(form.name().surnameKey());
                }
            }
        }
    }

    /** The authority person a name means, or null. */
    Match match(ParsedName name) {
        Set<Person> exact = people(byKey.get(name.key()));
        if (exact.size() == 1 && (!name.givenKey().isEmpty() || name.initials().isEmpty())) {
            Person p = exact.iterator().next();
            boolean alias = byKey.get(name.key()).stream().allMatch(Form::alias);
            if (!name.givenKey().isEmpty() || p.bare()) {
                return new Match(p, "authority", alias ? 0.9 : 1.0);
            }
        }
        List<Form> sameSurname = bySurname.getOrDefault(name.surnameKey(), List.of());
        if (sameSurname.isEmpty()) {
            return name.eastAsian() || name.givenKey().isEmpty() ? null : oneTypoAway(name);
        }
        if (!name.givenKey().isEmpty()) {
            if (name.eastAsian()) {
                // A differing Korean or Chinese given-name syllable is another person, except where the
                // spelling cannot tell: Kontsevich writes final ㄴ and ㅇ both н (Хон is 헌 or 홍), and
                // ad-hoc spellings write ㅓ u as well as ㅜ and ㅡ (Chul is 철, Hyun 현).
                return name.system().startsWith("Kontsevich") ? oneFits(sameSurname, KoreanSyllables.finalNReadings(name.givenKey()))
                        : name.language().equals("ko") ? oneFits(sameSurname, KoreanSyllables.adHocUReadings(name.givenKey())) : null;
            }
            Set<Person> prefix = new LinkedHashSet<>();
            Set<Person> close = new LinkedHashSet<>();
            for (Form f : sameSurname) {
                String g = f.name().givenKey();
                if (g.isEmpty()) {
                    continue;
                }
                if (g.startsWith(name.givenKey()) || name.givenKey().startsWith(g)) {
                    prefix.add(f.person());
                } else if (JARO_WINKLER.apply(g, name.givenKey()) >= 0.85) {
                    close.add(f.person());
                }
            }
            if (prefix.size() == 1) {
                return new Match(prefix.iterator().next(), "authority", 0.9);
            }
            if (prefix.isEmpty() && close.size() == 1) {
                return new Match(close.iterator().next(), "fuzzy", 0.75);
            }
            return null;
        }
        if (!name.initials().isEmpty()) {
            String initial = name.initials().get(0);
            Set<Person> fits = new LinkedHashSet<>();
            for (Form f : sameSurname) {
                if (f.name().givenKey().startsWith(initial)
                        || (!f.name().initials().isEmpty() && f.name().initials().get(0).equals(initial))) {
                    fits.add(f.person());
                }
            }
            return fits.size() == 1 ? new Match(fits.iterator().next(), "authority", 0.9) : null;
        }
        // A bare surname: only the person the authority file says a bare surname means ("Mikoyan" is
        // Anastas, not Sergo); a surname that merely happens to be unique links nothing.
        Set<Person> bare = new LinkedHashSet<>();
        sameSurname.stream().map(Form::person).filter(Person::bare).forEach(bare::add);
        return bare.size() == 1 ? new Match(bare.iterator().next(), "authority", 0.8) : null;
    }

    /** The one authority person of this surname whose given name is one of these readings, or null. */
    private static Match oneFits(List<Form> sameSurname, List<String> keys) {
        Set<Person> fits = new LinkedHashSet<>();
        sameSurname.stream().filter(f -> !f.alias() && keys.contains(f.name().givenKey())).forEach(f -> fits.add(f.person()));
        return fits.size() == 1 ? new Match(fits.iterator().next(), "authority", 0.8) : null;
    }

    /**
     * A European full name whose surname is one letter off an authority surname of six letters or more
     * ("Gromiko", "Zimianin"), with the same given-name initial, when exactly one person fits: a typo. The
     * single-deletion index finds such surnames without comparing against every one.
     */
    private Match oneTypoAway(ParsedName name) {
        String s = name.surnameKey();
        if (s.length() < 6) {
            return null;
        }
        Set<Person> fits = new LinkedHashSet<>();
        for (String d : deletions(s)) {
            for (String key : byDeletion.getOrDefault(d, Set.of())) {
                for (Form f : bySurname.get(key)) {
                    if (!f.name().givenKey().isEmpty() && f.name().givenKey().charAt(0) == name.givenKey().charAt(0)
                            && !f.name().eastAsian()) {
                        fits.add(f.person());
                    }
                }
            }
        }
        return fits.size() == 1 ? new Match(fits.iterator().next(), "fuzzy", 0.7) : null;
    }

    /** The word and every form of it with one letter deleted. */
    private static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(List.of(word));
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    /**
     * The French press writes EFEO -eou as -ou ("Tchou En-lai" for Tcheou, Zhou), which EFEO reads as -u
     * (Zhu): when no one has the -u reading, the one person of the -eou reading.
     */
    Match matchFrenchOu(ParsedName name) {
        if (byId.isEmpty() || !name.system().endsWith("EFEO") || name.givenKey().isEmpty()) {
            return null;
        }
        String v = PRESS_OU.matcher(name.stripped()).replaceAll("eou");
        Set<Person> exact = v.equals(name.stripped()) ? Set.of() : people(byKey.get(parser.parse(v).key()));
        return exact.size() == 1 ? new Match(exact.iterator().next(), "authority", 0.8) : null;
    }

    /**
     * A Korean or Chinese name that reads only with one letter of a given-name part repaired ("Kim Il Sumg"),
     * or reads with more syllables than it is written in ("Zhou Enali" as en-a-li; a written piece is one
     * syllable, a joined given name two): the surname as written, the same number of parts, and exactly one
     * authority person among the repairs that read. A slip that leaves well-formed syllables ("Kim Chong-il"
     * for Chang-il) is another name, not damage.
     */
    Match matchDamaged(ParsedName name) {
        if (byId.isEmpty() || name.eastAsian() && (!name.order().equals("family-first") || Damage.wellFormed(name))) {
            return null;
        }
        // Repairs read hundreds of spellings: each damaged name is repaired once (a function of the name alone).
        return damaged.get(name.asWritten()).orElse(null);
    }

    private java.util.Optional<Match> repairDamaged(ParsedName name) {
        return java.util.Optional.ofNullable(repair(name));
    }

    private Match repair(ParsedName name) {
        if (byId.isEmpty() || name.eastAsian() && (!name.order().equals("family-first") || Damage.wellFormed(name))) {
            return null; // the common case, decided without splitting anything: this runs for every name outside the authority
        }
        String[] words = SPACES.split(name.stripped());
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        int perPiece = words.length == 2 && !words[1].contains("-") ? 2 : 1;
        java.util.function.Predicate<String> wellFormed = piece -> {
            int n = eastAsian.syllableCount(piece);
            return n >= 1 && n <= perPiece;
        };
        List<String> given = List.of(words).subList(1, words.length);
        String ko = eastAsian.koreanSurname(words[0]);
        String zh = eastAsian.chineseSurname(words[0]);
        if ((ko == null || !bySurname.containsKey(ko)) && (zh == null || !bySurname.containsKey(ChineseSyllables.soundClass(zh)))) {
            return null; // no authority person of that surname: nothing to repair towards
        }
        Set<Person> fits = new LinkedHashSet<>();
        for (List<String> repaired : damage.typoRepairs(given, wellFormed)) {
            EastAsianReading.Reading r = eastAsian.read(words[0], repaired);
            if (r != null) {
                byKey.getOrDefault(r.surnameKey() + "_" + r.givenKey(), Set.of()).stream().filter(f -> !f.alias())
                        .forEach(f -> fits.add(f.person()));
            }
            if (fits.size() > 1) {
                return null;
            }
        }
        return fits.size() == 1 ? new Match(fits.iterator().next(), "damaged", 0.7) : null;
    }

    private ParsedName parserOf(String asWritten) {
        return parser.parse(asWritten);
    }

    /**
     * A European name the rules did not link, matched by the Beider-Morse code of its surname: the same
     * given-name initial (or, for a bare surname, the default person of that surname), one person only.
     */
    Match matchPhonetic(ParsedName name) {
        if (name.eastAsian()) {
            return null;
        }
        String[] words = name.stripped().split("\\s+");
        Set<Person> fits = new LinkedHashSet<>();
        for (String id : phonetic.candidates(words[words.length - 1])) {
            Person p = byId.get(id);
            String initial = name.givenKey().isEmpty() ? name.initials().isEmpty() ? "" : name.initials().get(0)
                    : name.givenKey().substring(0, 1);
            String theirs = parserKeyInitial(p);
            if (initial.isEmpty() ? p.bare() : initial.equals(theirs)) {
                fits.add(p);
            }
        }
        return fits.size() == 1 ? new Match(fits.iterator().next(), "phonetic", 0.7) : null;
    }

    private String parserKeyInitial(Person p) {
        String key = canonicalKeys.get(p.id());
        return key == null || !key.contains("_") ? "" : key.substring(0, key.indexOf('_'));
    }

    Person person(String id) {
        return byId.get(id);
    }

    private static Set<Person> people(Iterable<Form> forms) {
        Set<Person> out = new LinkedHashSet<>();
        if (forms != null) {
            forms.forEach(f -> out.add(f.person()));
        }
        return out;
    }
}
