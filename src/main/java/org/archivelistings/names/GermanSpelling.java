package org.archivelistings.names;

import java.util.List;

/**
 * German spellings of Wade-Giles and McCune-Reischauer names: German writes English ch as tsch, sh as sch
 * and j as dsch ("Tschou En-lai", "Liu Schao-tschi", "Tschiang Kai-schek", "Tschoe Yong Gon"), so the
 * English letters come back before the syllable tables read the name.
 */
final class GermanSpelling {
    private GermanSpelling() {}

    static boolean marked(String surname, List<String> given) {
        if (surname.contains("sch")) {
            return true;
        }
        for (String g : given) {
            if (g.contains("sch")) {
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
