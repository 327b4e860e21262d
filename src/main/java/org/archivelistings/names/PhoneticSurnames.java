package org.archivelistings.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Beider-Morse phonetic codes of European surnames (commons-codec), for the spellings of one surname in
 * the transcriptions of different languages that the folds do not reach ("Kruscev", "Jivkov"). The codes
 * are broad, so a match is only taken by the resolver, never by mention finding, and only with the same
 * given-name initial and exactly one authority person fitting.
 */
final class PhoneticSurnames {
    private static final int MEMO_LIMIT = 50_000;

    private final PhoneticEngine engine = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    private final BoundedMemo<Set<String>> codes = new BoundedMemo<>(MEMO_LIMIT, this::encode);
    private final Map<String, Set<String>> idsByCode = new HashMap<>();

    void add(String surname, String personId) {
        for (String code : codes.get(surname)) {
            idsByCode.computeIfAbsent(code, k -> new HashSet<>()).add(personId);
        }
    }

    /** The authority ids whose surname shares a phonetic code with this one. */
    Set<String> candidates(String surname) {
        Set<String> out = new HashSet<>();
        for (String code : codes.get(surname)) {
            out.addAll(idsByCode.getOrDefault(code, Set.of()));
        }
        return out;
    }

    private Set<String> encode(String surname) {
        String latin = NameTables.ascii(surname).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (latin.length() < 4) {
            return Set.of();
        }
        return new HashSet<>(List.of(engine.encode(latin).split("\\|")));
    }
}
