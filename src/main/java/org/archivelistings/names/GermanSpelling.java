package org.archivelistings.names;

import java.util.List;

/**
 * German spellings of Wade-Giles and McCune-Reischauer names: German writes English ch as tsch, sh as sch
 * and j as dsch ("Tschou En-lai", "Liu Schao-tschi", "Tschiang Kai-schek", "Tschoe Yong Gon"), so the
 * English letters come back before the syllable tables read the name.
 */
final class GermanSpelling {
    private GermanSpelling() {}

    /** sch anywhere, a word's first letters too ("Schih-yu", "Schen"): a capital Sch went unread before. */
    static boolean marked(String surname, List<String> given) {
        if (surname.contains("sch") || surname.startsWith("Sch")) {
            return true;
        }
        for (String g : given) {
            if (g.contains("sch") || g.contains("Sch")) {
                return true;
            }
        }
        return false;
    }

    static String english(String word) {
        return word.replace("Dsch", "Ch").replace("dsch", "ch").replace("Tsch", "Ch").replace("tsch", "ch")
                .replace("Sch", "Sh").replace("sch", "sh");
    }
}
