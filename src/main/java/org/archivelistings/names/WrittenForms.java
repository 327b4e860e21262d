package org.archivelistings.names;

/** How typists and OCR write the marks and syllables of romanized names: read back before parsing. */
final class WrittenForms {
    private static final String APOSTROPHE_LIKE = "`´‘ʼʻ‛′";

    private WrittenForms() {}

    /**
     * The aspiration mark of Wade-Giles and McCune-Reischauer and the soft sign of Latinized Russian are
     * typed as whatever apostrophe-like sign was at hand: ` ´ ‘ ʼ ʻ ‛ ′ read as ' ("Shao-ch`i", "Ch´en",
     * "Kŭm-chʼŏl").
     */
    static String apostrophes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (APOSTROPHE_LIKE.indexOf(s.charAt(i)) >= 0) {
                StringBuilder b = new StringBuilder(s);
                for (int k = i; k < b.length(); k++) {
                    if (APOSTROPHE_LIKE.indexOf(b.charAt(k)) >= 0) {
                        b.setCharAt(k, '\'');
                    }
                }
                return b.toString();
            }
        }
        return s;
    }

    /**
     * The Korean syllable Il as OCR and typists write it after a surname: the numeral II, two lower-case l,
     * the digits 11, in a piece of its own or of a hyphenated given name ("Kim Jong II", "Kim Jong-II",
     * "Kim Jong ll", "Kim 11 Sung").
     */
    static String syllableIl(String token) {
        if (token.indexOf('I') < 0 && token.indexOf('l') < 0 && token.indexOf('1') < 0) {
            return token;
        }
        String[] pieces = token.split("-", -1);
        boolean changed = false;
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].equals("II") || pieces[i].equals("ll") || pieces[i].equals("11")) {
                pieces[i] = i == 0 ? "Il" : "il";
                changed = true;
            }
        }
        return changed ? String.join("-", pieces) : token;
    }
}
