package org.archivelistings.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words of dates in every language the archives hold, from one resource file a language
 * (lexicon-LANG.tsv), and the spelled-out numbers ICU writes for them. Immutable once built.
 */
final class Lexicon {
    static final List<String> FILES = List.of("pt", "en", "ru", "uk", "de", "fr", "es", "it", "hu", "pl", "cs", "ro", "zh-ja",
            "ko");

    final Trie words = new Trie();
    final Set<String> ordinalSuffixes = new HashSet<>();
    final Set<String> decadeSuffixes = new HashSet<>();
    final Set<String> yearSuffixes = new HashSet<>();
    /** Suffixes that say "from" (Hungarian -tól, -től) and "until" (-ig): the lexer adds the connector after the number. */
    final Set<String> fromSuffixes = new HashSet<>();
    final Set<String> untilSuffixes = new HashSet<>();
    final Map<String, Integer> cjkNumbers = NumberWords.cjk();
    /** Every month form of every lexicon, for {@link DamagedWords}. */
    final Map<String, Integer> monthForms = new HashMap<>();

    Lexicon() {
        NumberWords.addTo(words);
        for (String file : FILES) {
            for (String line : lines("lexicon-" + file + ".tsv")) {
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("lexicon-" + file + ".tsv: not kind, value, forms: " + line);
                }
                for (String form : f[2].split("\\|")) {
                    String w = form.strip().toLowerCase(Locale.ROOT);
                    add(f[0], f[1], w);
                    // Romanian ș and ț are also typed with the cedilla (ş, ţ) of older keyboards and fonts
                    String cedilla = w.replace('ș', 'ş').replace('ț', 'ţ');
                    if (!cedilla.equals(w)) {
                        add(f[0], f[1], cedilla);
                    }
                }
            }
        }
        words.freeze();
    }

    private void add(String kind, String value, String form) {
        if (kind.equals("suffix")) {
            switch (value) {
                case "ordinal" -> ordinalSuffixes.add(form);
                case "decade" -> decadeSuffixes.add(form);
                case "year" -> yearSuffixes.add(form);
                case "from" -> fromSuffixes.add(form);
                case "until" -> untilSuffixes.add(form);
                default -> throw new IllegalStateException("unknown suffix role " + value);
            }
            return;
        }
        if (kind.equals("decade_name")) {
            // "the fifties", "Fünfziger", "пятидесятые": read as the number 50 with the decade suffix, like '50s;
            // "il Settecento" as 1700 with it, like 1700s (a century)
            int v = Integer.parseInt(value);
            words.put(form, new Trie.Entry(TokenKind.NUMBER, v, v >= 100 ? 4 : 2, "s"), true);
            return;
        }
        if (kind.equals("season_part") || kind.equals("year_season_part")) {
            // "初夏", "늦가을": a season and its part in one word (value season.part); "年初夏" also holds the
            // year unit, which the lexer gives its own token (else "年初", the beginning of the year, would win)
            String[] v = value.split("\\.");
            words.put(form, new Trie.Entry(TokenKind.SEASON, Integer.parseInt(v[0]), Integer.parseInt(v[1]) + 1,
                    kind.startsWith("year") ? "年" : Token.NONE), true);
            return;
        }
        if (kind.equals("month_from") || kind.equals("month_until")) {
            // Hungarian "júniusától", "áprilisáig": a month with its case ending, which the lexer reads as a connector
            words.put(form, new Trie.Entry(TokenKind.MONTH, Integer.parseInt(value), 0, kind.substring(6)), true);
            return;
        }
        TokenKind k = TokenKind.valueOf(kind.toUpperCase(Locale.ROOT));
        if (k == TokenKind.MONTH) {
            monthForms.put(form, Integer.parseInt(value));
        }
        words.put(form, new Trie.Entry(k, Integer.parseInt(value), 0, Token.NONE), true);
    }

    boolean knownSuffix(String s) {
        return ordinalSuffixes.contains(s) || decadeSuffixes.contains(s) || yearSuffixes.contains(s)
                || fromSuffixes.contains(s) || untilSuffixes.contains(s);
    }

    private static List<String> lines(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Lexicon.class.getResourceAsStream(resource), resource),
                        StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
