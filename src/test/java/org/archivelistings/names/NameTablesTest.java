package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name core on fixtures in this repository (no ../shared): the title grammar, name order, each
 * romanization table, the syllable tables against their sources, and the classes of mentions.
 */
class NameTablesTest {
    private final Names names = Names.standard();
    private final Names rules = Names.withoutAuthority();

    @Test
    void titlesAreStrippedByTheGrammar() throws IOException {
        for (String[] row : SpellingsByRuleTest.rows("titles.tsv")) {
            assertThat(names.parse(row[0]).stripped()).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void bothOrdersAreReadAndTheFittingOneWins() throws IOException {
        for (String[] row : SpellingsByRuleTest.rows("orders.tsv")) {
            ParsedName p = rules.parse(row[0]);
            assertThat(List.of(p.order(), p.language(), p.key())).as(row[0]).containsExactly(row[1], row[2], row[3]);
        }
    }

    @Test
    void everyRomanizationSystemFoldsToOneKey() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String[]> rows = new ArrayList<>(SpellingsByRuleTest.rows("romanizations.tsv"));
        rows.addAll(SpellingsByRuleTest.rows("romanizations-russian.tsv")); // session 29's Russian systems
        rows.addAll(SpellingsByRuleTest.rows("romanizations-east-european.tsv")); // and East European names in Cyrillic
        rows.addAll(SpellingsByRuleTest.rows("romanizations-east-asian.tsv")); // session 29 east-asian: Chinese and Korean systems
        for (String[] row : rows) {
            String a = rules.resolve(row[1]).personId();
            String b = rules.resolve(row[2]).personId();
            if (a == null || !a.equals(b)) {
                failures.add(row[0] + ": " + row[1] + " -> " + a + ", " + row[2] + " -> " + b);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void syllableTablesMatchTheirSources() {
        ChineseSyllables zh = new ChineseSyllables();
        // cjklib's table: 423 Wade-Giles rows over the ISO 7098 syllabary (about 410 pinyin syllables);
        // without aspiration marks and diacritics the Wade-Giles forms fall to about 320.
        assertThat(zh.wadeGilesCount()).isBetween(300, 340);
        assertThat(zh.syllableCount()).isBetween(395, 420);
        assertThat(zh.toPinyin("hsiao", true)).isEqualTo("xiao");
        assertThat(zh.toPinyin("jen", true)).isEqualTo("ren");
        assertThat(ChineseSyllables.soundClass(zh.toPinyin("tzu", true))).isEqualTo("ji");
        assertThat(ChineseSyllables.soundClass(zh.toPinyin("chih", true))).isEqualTo("ji");
        assertThat(zh.split("Xiaoping")).containsExactly("xiao", "ping");
        assertThat(zh.split("Enlai")).containsExactly("en", "lai");
        assertThat(zh.fromPalladius("Цзэдун")).containsExactly("ze", "dong");
        assertThat(zh.fromPalladius("Сяопин")).containsExactly("xiao", "ping");
        // EFEO derived from its correspondences: ö apart from o (tsö is ze, tso is zuo), -ong after labials.
        assertThat(zh.fromEfeo("Tsö-tong")).containsExactly("ze", "dong");
        assertThat(zh.fromEfeo("Tso")).containsExactly("zuo");
        assertThat(zh.fromEfeo("Ngen-lai")).containsExactly("en", "lai");
        assertThat(zh.fromEfeo("Siao-p'ing")).containsExactly("xiao", "ping");
        assertThat(zh.fromEfeo("Kouo-fong")).containsExactly("guo", "feng");
        assertThat(zh.fromEfeo("Kiue")).containsExactly("jue");
        KoreanSyllables ko = new KoreanSyllables(new NameTables());
        assertThat(ko.split("Pilgyu")).containsExactly("pil", "gyu");
        assertThat(ko.soundClass("hon")).isEqualTo(ko.soundClass("heon"));
        assertThat(ko.soundClass("chol")).isEqualTo(ko.soundClass("cheol"));
        assertThat(ko.split("Received")).isNull();
    }

    @Test
    void surnameLexiconsAreComplete() {
        EastAsianReading r = rules.parse("Kim Il Sung") == null ? null : new NameParser(new NameTables()).eastAsian();
        for (String s : List.of("Hu", "Wu", "Zhao", "Sun", "Ma", "Guo", "Xu", "Luo", "Zheng", "Chou", "Teng", "Hsu")) {
            assertThat(r.chineseSurname(s)).as(s).isNotNull();
        }
        for (String s : List.of("Kim", "Lee", "Rhee", "Pak", "Park", "Choe", "Choi", "Jeong", "Chung", "Yun", "Kang", "Hwang")) {
            assertThat(r.koreanSurname(s)).as(s).isNotNull();
        }
        assertThat(ChineseSyllables.soundClass(r.chineseSurname("Chang"))).isEqualTo("jang");
        assertThat(r.koreanSurname("Chang")).isEqualTo("jang");
    }

    @Test
    void mentionsOfEveryClassAreFoundAndOthersAreNot() throws IOException {
        for (String[] row : SpellingsByRuleTest.rows("mentions.tsv")) {
            String summary = row[1].equals("-") ? null : row[1];
            List<String> found = names.resolveRecord(row[0], summary, PageNames.empty()).stream()
                    .map(m -> m.field() + ":" + m.surface()).toList();
            List<String> expected = row.length < 3 || row[2].isBlank() ? List.of() : List.of(row[2].split("\\|"));
            assertThat(found).as(row[0]).isEqualTo(expected);
        }
    }

    @Test
    void anAmbiguousSpellingIsReadTowardsTheAuthorityPersonItCanBe() throws IOException {
        for (String[] row : SpellingsByRuleTest.rows("authority-readings.tsv")) {
            assertThat(names.resolve(row[0]).personId()).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void aBareSurnameRefersToTheSameRecordThenThePageThenTheAuthority() {
        PageNames page = PageNames.empty();
        List<ResolvedMention> first = rules.resolveRecord("Talks with Kim Chang-man", null, page);
        List<ResolvedMention> second = rules.resolveRecord("Ambassador Kim Arrives", null, page);
        assertThat(second.get(0).personId()).isEqualTo(first.get(0).personId());
        assertThat(rules.resolveRecord("Ambassador Kim Arrives", null, PageNames.empty()).get(0).personId()).isNull();
        List<ResolvedMention> mikoyan = names.resolveRecord("Cde. Mikoyan", null, PageNames.empty());
        assertThat(mikoyan.get(0).personId()).isEqualTo("mikoyan");
        assertThat(mikoyan.get(0).inAuthority()).isTrue();
        assertThat(names.canonical("x_kim_jang-man")).isEqualTo("Kim Jang-man");
        // Beider-Morse links a transcription the folds miss to the authority person, with the same initial.
        // (French j for ж with no French mark in the word, which most languages read as й; Joukov, marked by
        // ou, is now reached by the French folds.)
        assertThat(names.resolve("Gueorgui Joukov").personId()).isEqualTo("zhukov");
        assertThat(names.resolve("Todor Jivkov").personId()).isEqualTo(names.resolve("Todor Zhivkov").personId());
        assertThat(names.resolve("Sergo Mikojan").personId()).isEqualTo("sergo_mikoyan");
    }
}
