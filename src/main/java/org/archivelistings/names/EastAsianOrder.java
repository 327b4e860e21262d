package org.archivelistings.names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which order an East Asian name is written in: both orders read and scored, OCR damage repaired first. */
final class EastAsianOrder {
    private final NameTables tables;
    private final EastAsianReading eastAsian;
    private final Damage damage = new Damage();

    EastAsianOrder(NameTables tables, EastAsianReading eastAsian) {
        this.tables = tables;
        this.eastAsian = eastAsian;
    }

    /**
     * Both orders are scored, not the first that matches: family-first ("Kim Il Sung") and given-first
     * ("Syngman Rhee", "Hu Rak Lee"); a reading needs the surname in a lexicon and syllabic given names.
     * Family-first wins a tie, as it is how both languages write names.
     */
    ParsedName read(String asWritten, String stripped, List<String> parts) {
        if (NameParser.isUpper(parts.get(0)) && !NameParser.isUpper(parts.get(1))) {
            EastAsianReading.Reading r = eastAsian.read(parts.get(0), parts.subList(1, parts.size()));
            r = r != null ? r : ocrRepaired(parts);
            return r == null ? null : name(asWritten, stripped, "family-first", r);
        }
        EastAsianReading.Reading first = eastAsian.read(parts.get(0), parts.subList(1, parts.size()));
        if (first == null || !wellFormed(parts, first)) {
            EastAsianReading.Reading repaired = ocrRepaired(parts);
            first = repaired != null ? repaired : first;
        }
        if (first != null) {
            return name(asWritten, stripped, "family-first", first);
        }
        if (parts.size() > 3) {
            return null; // given-first names have one or two given parts ("Syngman Rhee", "Duk Shin Choi")
        }
        EastAsianReading.Reading last = eastAsian.read(parts.get(parts.size() - 1), parts.subList(0, parts.size() - 1));
        // Given-first is the Korean custom in the West ("Syngman Rhee"); a Chinese name is turned round by
        // the Western press too ("Xiaoping Deng", "Tse-tung Mao"), read so when its given name is one word
        // of two syllables that is no Western given name ("Susan Liu", "Anna Chen" stay Western).
        return last == null || !last.language().equals("ko") && !chineseGivenFirst(parts, last) ? null
                : name(asWritten, stripped, "given-first", last);
    }

    /**
     * Western women's names end in -na, -sa, -da, -ta, -la or -san and split into pinyin ("Susan", "Lina",
     * "Linda", "Lisa"); Chinese given names seldom end in these syllables, so such a word stays Western.
     */
    private static final Pattern WESTERN_ENDING = Pattern.compile("(?i).*(?:[nsdtl]a|san)");

    private boolean chineseGivenFirst(List<String> parts, EastAsianReading.Reading r) {
        String given = parts.get(0);
        return r.language().equals("zh") && parts.size() == 2 && r.syllables().size() == 2
                && !tables.givenNames.contains(given.toLowerCase(Locale.ROOT)) && !WESTERN_ENDING.matcher(given).matches();
    }

    /** One syllable a written piece ("Il Sung", "Il-sung"), two in a joined given name ("Ilsung"). */
    private static boolean wellFormed(List<String> parts, EastAsianReading.Reading r) {
        int pieces = 0;
        for (String p : parts.subList(1, parts.size())) {
            pieces += p.split("-").length;
        }
        return pieces == 1 ? r.syllables().size() <= 2 : r.syllables().size() == pieces;
    }

    /**
     * OCR misreads letters ("Kirn Il Sung", "Kim Il Surig"): a name that reads family-first, or reads with
     * its syllables well formed, only with one confusion of ocr-confusions.tsv repaired is read so, when
     * every such repair gives one key.
     */
    private EastAsianReading.Reading ocrRepaired(List<String> parts) {
        EastAsianReading.Reading found = null;
        for (List<String> repaired : damage.ocrRepairs(parts)) {
            EastAsianReading.Reading r = eastAsian.read(repaired.get(0), repaired.subList(1, repaired.size()));
            r = r != null && wellFormed(repaired, r) ? r : null;
            if (r != null && found != null && !(r.surnameKey() + r.givenKey()).equals(found.surnameKey() + found.givenKey())) {
                return null;
            }
            found = r != null ? r : found;
        }
        return found;
    }

    static ParsedName name(String asWritten, String stripped, String order, EastAsianReading.Reading r) {
        return new ParsedName(asWritten, stripped, order, true, r.surnameKey(), r.givenKey(), List.of(), r.system(),
                r.language());
    }
}
