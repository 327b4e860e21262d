package org.archivelistings.names;

import java.util.List;

/** Names in Hangul or Han script: runs of two to four characters, the first a surname of the lexicons. */
final class NativeNames {
    private final NameTables tables;

    NativeNames(NameTables tables) {
        this.tables = tables;
    }

    /** Korean case particles never ending a given name: locative, genitive, topic, object, comitative, instrumental. */
    private static final String HANGUL_PARTICLES = "에의는을를와과로";
    /**
     * Particles that also end given names (김정은, 박순이, 김영도): cut only from a run of four syllables, where a
     * three-syllable name stands before them (김일성은, 주은래가).
     */
    private static final String NAME_ENDING_PARTICLES = "은이가도만";
    /**
     * Particles of two syllables or more (dative, locative, honorific subject, instrumental, ablative), longest
     * first: cut from a run whose rest is a three-syllable name (주은래에게, 김일성께서, 박헌영으로부터).
     */
    private static final List<String> LONG_PARTICLES = List.of("으로부터", "에게서", "로부터", "에게는", "에서는",
            "에게", "에서", "께서", "한테", "으로", "로서", "와의", "과의", "에는", "에도", "과는", "와는", "이다", "이며",
            "이고", "에의");

    /** A Hangul or Han name: two to four characters, the first a surname. Returns where scanning goes on. */
    int find(String text, int from, List<PersonMention> out) {
        int end = from;
        while (end < text.length() && NameParser.isCjk(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        String run = text.substring(from, end);
        int chars = run.codePointCount(0, run.length());
        int stop = end;
        boolean hangul = Character.UnicodeScript.of(run.codePointAt(0)) == Character.UnicodeScript.HANGUL;
        for (String particle : LONG_PARTICLES) {
            if (hangul && chars == 3 + particle.length() && run.endsWith(particle)) {
                run = run.substring(0, run.length() - particle.length());
                chars = 3;
                stop = end - particle.length();
                break;
            }
        }
        char last = run.charAt(run.length() - 1);
        if (hangul && chars == 4 && NAME_ENDING_PARTICLES.indexOf(last) >= 0) {
            run = run.substring(0, run.length() - 1);
            chars = 3;
            stop = end - 1;
        } else if (chars >= 3 && HANGUL_PARTICLES.indexOf(last) >= 0) {
            // A case particle written onto the word (김일성의, 문제에): a name is surname + two syllables before it.
            if (chars != 4) {
                return end;
            }
            run = run.substring(0, run.length() - 1);
            chars = 3;
            stop = end - 1;
        }
        String first = new String(Character.toChars(run.codePointAt(0)));
        boolean surname = tables.koreanSurnames.containsKey(first) && !tables.rareHangulSurnames.contains(first)
                || tables.chineseSurnames.containsKey(first);
        if (chars == 4) {
            // Four characters are a name only after a two-character surname (司马, 欧阳); else a word (문서종류).
            String two = run.substring(0, run.offsetByCodePoints(0, 2));
            surname = tables.koreanSurnames.containsKey(two) || tables.chineseSurnames.containsKey(two);
        }
        if (chars >= 2 && chars <= 4 && surname) {
            out.add(new PersonMention(from, stop, run, run));
        }
        return end;
    }
}
