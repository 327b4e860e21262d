package org.archivelistings.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal-name core: finds person mentions in text, strips titles, folds romanizations, and links
 * the spellings of one person to one id, the authority file first, clustering the rest among themselves.
 * Immutable and thread-safe once built.
 */
public final class Names {
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[\\[(]([^\\[\\]()]+)[\\])]\\s*$");

    private final NameTables tables = new NameTables();
    private final NameParser parser = new NameParser(tables);
    private final Authority authority = new Authority(parser);
    private final MentionFinder finder = new MentionFinder(tables, parser, authority);

    private static volatile Names standard;

    /** The core with the bundled tables and authority file (loaded once). */
    public static Names standard() {
        Names n = standard;
        if (n == null) {
            synchronized (Names.class) {
                if (standard == null) {
                    standard = new Names();
                }
                n = standard;
            }
        }
        return n;
    }

    private Names() {}

    public List<PersonMention> findMentions(String text) {
        return finder.find(text);
    }

    public ParsedName parse(String asWritten) {
        return parser.parse(asWritten);
    }

    /**
     * Resolves the spellings seen across a whole run. Authority first; then bracketed pairs
     * ("Chou En-lai [Zhou Enlai]") lend each side's person to the other; the rest cluster by key, and a
     * bare surname or initials + surname joins a cluster only when exactly one fits (no chaining).
     * Deterministic: ids come from keys, never from counters or input order.
     */
    public Map<String, Resolution> resolveAll(Collection<String> surfaces) {
        Map<String, ParsedName> parsed = new TreeMap<>();
        for (String s : new TreeSet<>(surfaces)) {
            parsed.put(s, parser.parse(BRACKETED.matcher(s).matches() ? outer(s) : s));
        }
        // Bracket pairs: the key of one side points to the person (or key) of the other.
        Map<String, String> keyAlias = new HashMap<>();
        Map<String, Authority.Match> keyPerson = new HashMap<>();
        for (String s : parsed.keySet()) {
            Matcher m = BRACKETED.matcher(s);
            if (m.matches()) {
                ParsedName a = parser.parse(m.group(1));
                ParsedName b = parser.parse(m.group(2));
                Authority.Match ma = authority.match(a);
                Authority.Match mb = authority.match(b);
                if (ma != null && mb == null) {
                    keyPerson.put(b.key(), ma);
                } else if (mb != null && ma == null) {
                    keyPerson.put(a.key(), mb);
                } else if (ma == null) {
                    String k = a.key().compareTo(b.key()) <= 0 ? a.key() : b.key();
                    keyAlias.put(a.key(), k);
                    keyAlias.put(b.key(), k);
                }
            }
        }
        // Clusters of the names the authority does not know, by key.
        Map<String, List<ParsedName>> clusters = new TreeMap<>();
        for (ParsedName p : parsed.values()) {
            if (authority.match(p) == null && !keyPerson.containsKey(p.key()) && !p.givenKey().isEmpty()) {
                clusters.computeIfAbsent(keyAlias.getOrDefault(p.key(), p.key()), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<String>> clusterKeysBySurname = new HashMap<>();
        for (String k : clusters.keySet()) {
            clusterKeysBySurname.computeIfAbsent(clusters.get(k).get(0).surnameKey(), x -> new ArrayList<>()).add(k);
        }
        Map<String, Resolution> out = new HashMap<>();
        for (Map.Entry<String, ParsedName> e : parsed.entrySet()) {
            out.put(e.getKey(), resolve(e.getKey(), e.getValue(), keyPerson, keyAlias, clusters, clusterKeysBySurname));
        }
        return out;
    }

    private Resolution resolve(String surface, ParsedName p, Map<String, Authority.Match> keyPerson,
            Map<String, String> keyAlias, Map<String, List<ParsedName>> clusters, Map<String, List<String>> bySurname) {
        Authority.Match m = authority.match(p);
        if (m != null) {
            return new Resolution(surface, p.stripped(), m.person().id(), m.person().canonical(), p.system(), m.method(),
                    m.confidence());
        }
        Authority.Match viaBracket = keyPerson.get(p.key());
        if (viaBracket != null) {
            return new Resolution(surface, p.stripped(), viaBracket.person().id(), viaBracket.person().canonical(),
                    p.system(), "bracket", 0.85);
        }
        if (!p.givenKey().isEmpty()) {
            String key = keyAlias.getOrDefault(p.key(), p.key());
            boolean bracket = keyAlias.containsKey(p.key()) && !key.equals(p.key());
            return new Resolution(surface, p.stripped(), "x_" + key, canonical(clusters.get(key)), p.system(),
                    bracket ? "bracket" : "key", bracket ? 0.8 : 0.9);
        }
        // A bare surname or initials + surname: only when exactly one clustered person fits.
        List<String> fits = new ArrayList<>();
        for (String k : bySurname.getOrDefault(p.surnameKey(), List.of())) {
            ParsedName full = clusters.get(k).get(0);
            if (p.initials().isEmpty() || full.givenKey().startsWith(p.initials().get(0))) {
                fits.add(k);
            }
        }
        if (fits.size() == 1) {
            return new Resolution(surface, p.stripped(), "x_" + fits.get(0), canonical(clusters.get(fits.get(0))),
                    p.system(), "key", 0.7);
        }
        return new Resolution(surface, p.stripped(), null, null, p.system(), fits.isEmpty() ? "unknown" : "ambiguous", 0);
    }

    /** A cluster's display name: its most complete spelling (then the first in order). */
    private static String canonical(List<ParsedName> cluster) {
        return cluster.stream()
                .map(ParsedName::stripped)
                .sorted((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b))
                .findFirst()
                .orElse(null);
    }

    private static String outer(String s) {
        Matcher m = BRACKETED.matcher(s);
        return m.matches() ? m.group(1) : s;
    }
}
