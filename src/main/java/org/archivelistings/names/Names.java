package org.archivelistings.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal-name core: finds person mentions in text, strips titles, folds romanizations syllable by
 * syllable, and says who each name is, record by record: a person id is a function of the name, the
 * earlier names of its page and the authority file, never of the rest of the run. Immutable and
 * thread-safe once built.
 */
public final class Names {
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[\\[(]([^\\[\\]()]+)[\\])]\\s*$");

    private final NameTables tables = new NameTables();
    private final NameParser parser = new NameParser(tables);
    private final Authority authority;
    private final MentionFinder finder;
    private final PersonResolver resolver;
    private final Coordination coordination;

    private static volatile Names standard;

    /** The core with the bundled tables and authority file (loaded once). */
    public static Names standard() {
        Names n = standard;
        if (n == null) {
            synchronized (Names.class) {
                if (standard == null) {
                    standard = new Names(true);
                }
                n = standard;
            }
        }
        return n;
    }

    /** The rules alone, the authority file switched off: measures what the romanization tables reach. */
    static Names withoutAuthority() {
        return new Names(false);
    }

    private Names(boolean withAuthority) {
        authority = new Authority(parser, withAuthority);
        PersonTest test = new PersonTest(tables, parser, authority);
        finder = new MentionFinder(tables, test);
        coordination = new Coordination(test);
        resolver = new PersonResolver(authority, parser.eastAsian());
    }

    /** The names in a text, without their titles and possessives (no resolution, no coreference). */
    public List<PersonMention> findMentions(String text) {
        return finder.find(text);
    }

    public ParsedName parse(String asWritten) {
        return parser.parse(asWritten);
    }

    /** Who one name as written is, on its own: no record or page before it. */
    public Resolution resolve(String asWritten) {
        // The bracket expression only where a bracket is: its lazy group is most of the time of a plain name.
        Matcher m = asWritten.indexOf('[') >= 0 || asWritten.indexOf('(') >= 0 ? BRACKETED.matcher(asWritten) : null;
        boolean bracketed = m != null && m.matches();
        ParsedName p = parser.parse(bracketed ? m.group(1) : asWritten);
        PersonResolver.Who who = resolver.resolve(p, List.of(), List.of());
        if (bracketed && (who.personId() == null || !resolver.inAuthority(who.personId()))) {
            // "Chou En-lai [Zhou Enlai]", "Filippov [Stalin]": the side the authority knows names both.
            PersonResolver.Who other = resolver.resolve(parser.parse(m.group(2)), List.of(), List.of());
            if (resolver.inAuthority(other.personId())) {
                who = new PersonResolver.Who(other.personId(), other.canonical(), "bracket", 0.85);
            }
        }
        return new Resolution(asWritten, p.stripped(), who.personId(), who.canonical(), p.system(), who.method(),
                who.confidence());
    }

    /** Each name resolved on its own (kept for callers of the run-wide API; there is no clustering any more). */
    public Map<String, Resolution> resolveAll(Collection<String> surfaces) {
        Map<String, Resolution> out = new HashMap<>();
        for (String s : surfaces) {
            out.computeIfAbsent(s, this::resolve);
        }
        return out;
    }

    /**
     * The people of one record, in text order (title, then summary). Full names are resolved first; a
     * bare surname or initials + surname then refers to a person of that surname in the same record, then
     * on the same page (earlier records, in {@code page}), then to the authority's default person of that
     * surname. Bare surnames of people named in the record or on the page are found even where no
     * title announces them ("... Zhou Enlai ... Zhou said"). {@code page} is updated with this record's people.
     */
    public List<ResolvedMention> resolveRecord(String title, String summary, PageNames page) {
        List<Found> found = new ArrayList<>();
        addFound(found, "title", title, finder.find(title));
        addFound(found, "summary", summary, finder.find(summary, true));
        List<PageNames.Named> record = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        WordFilter filter = page.surnameFilter();
        for (Found f : found) {
            if (PersonResolver.isFull(f.parsed())) {
                PersonResolver.Who who = resolver.resolve(f.parsed(), List.of(), List.of());
                PageNames.Named n = named(f.parsed(), who);
                record.add(0, n);
                surnames.add(n.surnameWritten());
                filter.add(n.surnameWritten());
            }
        }
        // Prose only: a title-case title capitalizes every word.
        for (String field : summary != null && summary.contains("ccording to ") ? List.of("summary") : List.<String>of()) {
            String text = summary;
            List<int[]> spans = found.stream().filter(f -> f.field().equals(field)).map(f -> new int[] {f.begin(), f.end()}).toList();
            for (int[] span : coordination.neighbours(text, spans)) {
                String w = text.substring(span[0], span[1]);
                found.add(new Found(field, span[0], span[1], w, parser.parse(w)));
            }
        }
        addBareSurnames(found, "title", title, surnames, page.surnamesWritten(), filter);
        addBareSurnames(found, "summary", summary, surnames, page.surnamesWritten(), filter);
        found.sort(TEXT_ORDER);
        List<PageNames.Named> before = page.latestFirst();
        List<ResolvedMention> out = new ArrayList<>();
        for (Found f : found) {
            PersonResolver.Who who = resolver.resolve(f.parsed(), record, before);
            ParsedName p = f.parsed();
            out.add(new ResolvedMention(f.field(), f.begin(), f.end(), f.surface(), p.stripped(), who.personId(),
                    who.canonical(), p.system(), who.method(), who.confidence(), resolver.inAuthority(who.personId())));
        }
        for (int i = record.size() - 1; i >= 0; i--) {
            page.add(record.get(i));
        }
        return out;
    }

    /** The display name of a person id: a function of the id alone. */
    public String canonical(String personId) {
        return resolver.canonical(personId);
    }

    public boolean inAuthority(String personId) {
        return resolver.inAuthority(personId);
    }

    private record Found(String field, int begin, int end, String surface, ParsedName parsed) {}

    private static final Comparator<Found> TEXT_ORDER =
            Comparator.comparing((Found f) -> f.field().equals("title") ? 0 : 1).thenComparingInt(Found::begin);

    private void addFound(List<Found> found, String field, String text, List<PersonMention> mentions) {
        for (PersonMention m : mentions) {
            found.add(new Found(field, m.begin(), m.end(), m.surface(), parser.parse(m.stripped())));
        }
    }

    private PageNames.Named named(ParsedName p, PersonResolver.Who who) {
        return new PageNames.Named(p.surnameKey(), p.givenKey(), who.personId(), who.canonical(), surnameAsWritten(p));
    }

    /** The surname as written: first word of a family-first name, else the last word before a suffix ("Kennedy Jr"). */
    private static String surnameAsWritten(ParsedName p) {
        String s = p.stripped();
        boolean first = p.order().equals("family-first") || p.order().equals("inverted");
        String w = word(s, first);
        if (!first && w.length() < s.length() && NameParser.SUFFIX.matcher(w.replace(",", "")).matches()) {
            String before = s.substring(0, s.length() - w.length()).strip();
            if (!before.isEmpty()) {
                w = word(before, false);
            }
        }
        return w.replace(",", "");
    }

    private static String word(String s, boolean first) {
        if (s.isEmpty() || TokenScan.isSpace(s.charAt(0)) || TokenScan.isSpace(s.charAt(s.length() - 1))) {
            String[] w = s.split("\\s+");
            return first ? w[0] : w[w.length - 1];
        }
        // By hand, not split("\\s+") (its pattern is compiled on every call): the words are the same here.
        int at = first ? 0 : s.length();
        if (first) {
            while (at < s.length() && !TokenScan.isSpace(s.charAt(at))) {
                at++;
            }
        } else {
            while (at > 0 && !TokenScan.isSpace(s.charAt(at - 1))) {
                at--;
            }
        }
        return first ? s.substring(0, at) : s.substring(at);
    }

    /** Capitalized words equal to the surname of someone already named, outside every mention found. */
    private void addBareSurnames(List<Found> found, String field, String text, Set<String> surnames, Set<String> onPage,
            WordFilter filter) {
        if (text == null || surnames.isEmpty() && onPage.isEmpty()) {
            return;
        }
        // By hand, not a regex find: this scans every record's text.
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c < 0x80 ? c < 'A' || c > 'Z' : !Character.isUpperCase(c)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-' || text.charAt(end) == '\''
                    || text.charAt(end) == '’')) {
                end++;
            }
            int b = i;
            int e = end;
            i = end;
            if (e - b >= 4 && (text.startsWith("'s", e - 2) || text.startsWith("’s", e - 2))) {
                e -= 2;
            }
            if (!filter.mayContain(text, b, e)) {
                continue;
            }
            String w = text.substring(b, e);
            if (!surnames.contains(w) && !onPage.contains(w)) {
                continue;
            }
            boolean inside = false;
            for (int k = 0; k < found.size() && !inside; k++) {
                Found f = found.get(k);
                inside = f.field().equals(field) && f.begin() < e && b < f.end();
            }
            if (!inside && !finder.eponymAfter(text, end)) {
                found.add(new Found(field, b, e, w, parser.parse(w)));
            }
        }
    }
}
