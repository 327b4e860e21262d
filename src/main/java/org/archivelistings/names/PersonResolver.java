package org.archivelistings.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who one parsed name is, as a function of the name, the people named before it on its record and page,
 * and the authority file: a full name is its authority person or {@code x_} + its key; a bare surname
 * or initials + surname is the person of that surname named in the same record, then on the same page,
 * then the authority's default person of that surname.
 */
final class PersonResolver {
    private static final int MEMO_LIMIT = 200_000;

    private final Authority authority;
    private final EastAsianReading eastAsian;

    PersonResolver(Authority authority, EastAsianReading eastAsian) {
        this.authority = authority;
        this.eastAsian = eastAsian;
    }

    /** A resolution: person id (or null), canonical, method, confidence. */
    record Who(String personId, String canonical, String method, double confidence) {}

    /**
     * What a name resolves to apart from the people named before it: the whole answer for a full name; for
     * a bare surname its surname keys and the answer when no one earlier has them.
     */
    private record Known(ParsedName name, Who full, List<String> surnames, Who fallback) {}

    /**
     * Authority matching is most of the time of resolving a record, and the same spellings recur on every
     * page: each is matched once. Keyed by the text parsed (a name is a function of it); the entry's name
     * is compared so that a name parsed another way is never answered for another.
     */
    private final BoundedMemo<Known> known = new BoundedMemo<>(MEMO_LIMIT, k -> null);

    /** Whether the name names a person in full (given name), so that later bare surnames can refer to it. */
    static boolean isFull(ParsedName p) {
        return !p.givenKey().isEmpty();
    }

    Who resolve(ParsedName p, List<PageNames.Named> record, List<PageNames.Named> page) {
        Known k = known.get(p.asWritten(), w -> known(p));
        if (k.name() != p && !k.name().equals(p)) {
            k = known(p);
        }
        if (isFull(p)) {
            return k.full();
        }
        PageNames.Named r = earlier(record, k.surnames(), p);
        if (r != null) {
            return new Who(r.personId(), r.canonical(), "record", 0.85);
        }
        PageNames.Named pg = earlier(page, k.surnames(), p);
        if (pg != null) {
            return new Who(pg.personId(), pg.canonical(), "page", 0.8);
        }
        return k.fallback();
    }

    private Known known(ParsedName p) {
        return isFull(p) ? new Known(p, fullName(p), List.of(), null) : new Known(p, null, List.copyOf(surnameKeys(p)), bareName(p));
    }

    private Who fullName(ParsedName p) {
        Authority.Match m = authority.match(p);
        if (m == null) {
            m = authority.matchPhonetic(p);
        }
        if (m == null) {
            m = authority.matchDamaged(p);
        }
        if (m == null) {
            m = authority.matchFrenchOu(p);
        }
        if (m != null) {
            return new Who(m.person().id(), m.person().canonical(), m.method(), m.confidence());
        }
        String id = "x_" + p.key();
        return new Who(id, display(id), "key", 0.9);
    }

    /** A bare surname (or initials + surname) no one earlier on the record or page has. */
    private Who bareName(ParsedName p) {
        Authority.Match m = authority.match(p);
        if (m == null && !eastAsian.isSurname(p.stripped().strip())) {
            m = authority.matchPhonetic(p);
        }
        if (m != null) {
            return new Who(m.person().id(), m.person().canonical(), "default", m.confidence());
        }
        if (eastAsian.isSurname(p.stripped().strip()) && p.initials().isEmpty()) {
            return new Who(null, null, "unknown", 0); // a bare Kim or Pak is anyone
        }
        String id = "x_" + p.key();
        return new Who(id, display(id), "key", p.initials().isEmpty() ? 0.6 : 0.7);
    }

    /** The latest person with one of these surname keys (and a given name fitting the initials), or null. */
    private static PageNames.Named earlier(List<PageNames.Named> named, List<String> surnames, ParsedName p) {
        for (PageNames.Named n : named) {
            if (surnames.contains(n.surnameKey())
                    && (p.initials().isEmpty() || n.givenKey().startsWith(p.initials().get(0)))) {
                return n;
            }
        }
        return null;
    }

    /** A lone surname's keys in each reading: as a European surname, a Korean one, a Chinese one. */
    List<String> surnameKeys(ParsedName p) {
        List<String> keys = new ArrayList<>(List.of(p.surnameKey()));
        String word = p.stripped().contains(" ") ? p.stripped().substring(p.stripped().lastIndexOf(' ') + 1) : p.stripped();
        String ko = eastAsian.koreanSurname(word);
        if (ko != null) {
            keys.add(ko);
        }
        String zh = eastAsian.chineseSurname(word);
        if (zh != null) {
            keys.add(ChineseSyllables.soundClass(zh));
        }
        return keys;
    }

    /** The display name of an id: the authority's canonical, or the key written out ("x_kim_jang-nam" → "Kim Jang-nam"). */
    String canonical(String personId) {
        if (personId == null) {
            return null;
        }
        Authority.Person person = authority.person(personId);
        return person != null ? person.canonical() : display(personId);
    }

    static String display(String personId) {
        String key = personId.startsWith("x_") ? personId.substring(2) : personId;
        StringBuilder out = new StringBuilder();
        for (String word : key.split("_")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? "" : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return out.toString();
    }

    boolean inAuthority(String personId) {
        return personId != null && authority.person(personId) != null;
    }
}
