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

    /** A Hangul or Han name: two to four characters, the first a surname. Returns where scanning goes on. */
    int find(String text, int from, List<PersonMention> out) {
        int end = from;
        while (end < text.length() && NameParser.isCjk(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        String run = text.substring(from, end);
        int chars = run.codePointCount(0, run.length());
        int stop = end;
        char last = run.charAt(run.length() - 1);
        if (chars >= 3 && HANGUL_PARTICLES.indexOf(last) >= 0) {
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
