package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Many generated pages (seeded; every layout): as written they read back exactly, and after random
 * damage every line is still placed and every title that the damage left on the page is in a record or
 * a reject.
 */
class GeneratedPagesPropertyTest {
    private static final int PAGES = 4_000;

    @Test
    void cleanPagesReadBackExactly() {
        PageGenerator generator = new PageGenerator(20261202L);
        for (int i = 0; i < PAGES; i++) {
            GeneratedPage page = generator.page();
            ReadPage read = ReadPage.of(page.text());
            List<String> got = read.records().stream().map(GeneratedPage::show).toList();
            assertThat(got).as(page.style() + "\n" + page.text()).containsExactlyElementsOf(page.records());
            assertThat(read.conserved()).as(page.text()).isTrue();
            List<Fragment> unexpected = read.fragments().stream()
                    .filter(f -> !(page.style().equals("mid-list")
                            && f.reason().equals(Fragment.EXCERPT_STARTS_MID_RECORD)))
                    .toList();
            assertThat(unexpected).as(page.text()).isEmpty();
        }
    }

    @Test
    void damagedPagesLoseNoLineAndNoTitle() {
        PageGenerator generator = new PageGenerator(11L);
        SplittableRandom random = new SplittableRandom(12L);
        int titles = 0;
        for (int i = 0; i < PAGES; i++) {
            GeneratedPage page = generator.page();
            List<String> applied = new ArrayList<>();
            String damaged = PageDamage.damage(page.text(), random, applied);
            ReadPage read = ReadPage.of(damaged);
            String context = page.style() + " " + applied + "\n" + damaged;
            assertThat(read.conserved()).as(context).isTrue();
            assertThat(PageDamage.lostLines(damaged, read)).as(context).isEmpty();
            String everything = read.everything().replace('\u00A0', ' ');
            String left = damaged.replace('\u00A0', ' ');
            for (String title : page.titles()) {
                if (left.contains(title + "\n") || left.contains(title + "\r") || left.endsWith(title)) {
                    titles++;
                    assertThat(everything).as(context).contains(title);
                }
            }
        }
        System.out.println(
                "generated pages: " + PAGES + " damaged, " + titles + " titles left by the damage, all found");
    }
}
