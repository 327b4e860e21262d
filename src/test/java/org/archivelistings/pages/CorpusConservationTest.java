package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Conservation on the real pages of ../shared/corpus (every category, listings or not), as saved and
 * after damage applied here at run time: every line of every page is in a record, a page fact, known
 * chrome or a reject, checked both by the reader's own tally and by finding each line's text again.
 */
class CorpusConservationTest {
    private static final int DAMAGED_COPIES = 30;

    @Test
    void everyLineOfEveryCorpusPageIsPlaced() throws IOException {
        assumeTrue(Files.isDirectory(CorpusGoldTest.CORPUS), "../shared/corpus is not here");
        PageTally sum = PageTally.empty();
        Map<String, PageTally> byCategory = new java.util.TreeMap<>();
        Map<String, String> categories = new java.util.HashMap<>();
        for (String line : Files.readAllLines(CorpusGoldTest.CORPUS.resolve("pages.jsonl"))) {
            var node = CorpusGoldTest.JSON.readTree(line);
            categories.put(node.get("id").asString(), node.get("category").asString());
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : CorpusGoldTest.pageTexts().entrySet()) {
            ReadPage read = ReadPage.of(page.getValue());
            sum = sum.plus(read.tally());
            byCategory.merge(categories.get(page.getKey()), read.tally(), PageTally::plus);
            if (!read.conserved()) {
                problems.add(page.getKey() + ": " + read.tally());
            }
            List<String> lost = PageDamage.lostLines(page.getValue(), read);
            if (!lost.isEmpty()) {
                problems.add(page.getKey() + " lost " + lost);
            }
        }
        System.out.println("corpus conservation: " + CorpusGoldTest.pageTexts().size() + " pages, " + sum);
        byCategory.forEach((category, tally) -> System.out.println("  " + category + ": " + tally));
        assertThat(problems).isEmpty();
        assertThat(sum.balanced()).isTrue();
    }

    @Test
    void harmlessDamageLeavesTheGoldPagesRecordsAsTheyWere() throws IOException {
        assumeTrue(Files.isDirectory(CorpusGoldTest.CORPUS), "../shared/corpus is not here");
        SplittableRandom random = new SplittableRandom(12);
        int records = 0;
        int same = 0;
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(CorpusGoldTest.CORPUS.resolve("pages_gold.jsonl"))) {
            String id = CorpusGoldTest.JSON.readTree(line).get("id").asString();
            String text = CorpusGoldTest.pageTexts().get(id);
            List<String> clean = ReadPage.of(text).records().stream().map(Fixtures::show).toList();
            for (int copy = 0; copy < 10; copy++) {
                List<String> applied = new ArrayList<>();
                List<String> damaged = ReadPage.of(PageDamage.harmless(text, random, applied)).records().stream()
                        .map(Fixtures::show)
                        .toList();
                records += clean.size();
                for (int i = 0; i < clean.size(); i++) {
                    if (i < damaged.size() && damaged.get(i).equals(clean.get(i))) {
                        same++;
                    } else if (!Halves.isCheck(id)) {
                        problems.add(id + " " + applied + " #" + (i + 1));
                    }
                }
            }
        }
        System.out.printf("harmless damage on gold pages: %d/%d records as on the clean page%n", same, records);
        int strayRecords = 0;
        int straySame = 0;
        for (String line : Files.readAllLines(CorpusGoldTest.CORPUS.resolve("pages_gold.jsonl"))) {
            String text = CorpusGoldTest.pageTexts().get(CorpusGoldTest.JSON.readTree(line).get("id").asString());
            List<String> clean = ReadPage.of(text).records().stream().map(Fixtures::show).toList();
            List<String> lines = List.of(text.split("\n", -1));
            for (int at = 1; at < lines.size(); at++) {
                String key = LineText.key(lines.get(at));
                boolean dash = key.equals("-");
                if (!dash && !key.startsWith("•") && !DateLineShape.isDate(key)) {
                    continue; // between records: right above the line that starts one
                }
                List<String> damaged = new ArrayList<>(lines);
                damaged.addAll(at, dash ? List.of("Share") : List.of("Share", ""));
                List<String> read = ReadPage.of(String.join("\n", damaged)).records().stream()
                        .map(Fixtures::show)
                        .toList();
                strayRecords += clean.size();
                straySame += (int) clean.stream().filter(read::contains).count();
            }
        }
        System.out.printf("a stray line between records, at every place of every gold page: %d/%d records as "
                + "on the clean page%n", straySame, strayRecords);
        assertThat(straySame).isGreaterThanOrEqualTo((int) (0.99 * strayRecords));
        problems.stream().limit(20).forEach(p -> System.out.println("  dev " + p));
        assertThat(same).isEqualTo(records);
    }

    @Test
    void damagedCorpusPagesLoseNoLineAndNoPage() throws IOException {
        assumeTrue(Files.isDirectory(CorpusGoldTest.CORPUS), "../shared/corpus is not here");
        SplittableRandom random = new SplittableRandom(11);
        PageTally sum = PageTally.empty();
        int pages = 0;
        int linesLost = 0;
        int pagesDropped = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : CorpusGoldTest.pageTexts().entrySet()) {
            for (int copy = 0; copy < DAMAGED_COPIES; copy++) {
                List<String> applied = new ArrayList<>();
                String damaged = PageDamage.damage(page.getValue(), random, applied);
                ReadPage read = ReadPage.of(damaged);
                pages++;
                sum = sum.plus(read.tally());
                List<String> lost = PageDamage.lostLines(damaged, read);
                linesLost += lost.size() + read.tally().linesUnaccounted();
                boolean hasContent = read.tally().linesRead() > read.tally().linesChrome();
                boolean dropped = hasContent && read.records().isEmpty() && read.fragments().isEmpty()
                        && read.tally().linesPageFacts() == 0;
                if (dropped) {
                    pagesDropped++;
                }
                if (!read.conserved() || !lost.isEmpty() || dropped) {
                    problems.add(page.getKey() + " " + applied + ": " + read.tally() + " lost " + lost);
                }
            }
        }
        System.out.printf("damaged corpus: %d pages, %d content lines lost, %d pages dropped, %s%n", pages, linesLost,
                pagesDropped, sum);
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        assertThat(problems).isEmpty();
    }
}
