package org.archivelistings.pages;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A page read whole by the reader under test: its facts, records, fragments and tally. */
record ReadPage(
        PageFacts facts, List<ListingRecord> records, List<Fragment> fragments, PageTally tally, int placedTwice) {

    static ReadPage of(String text) {
        try (ListingPageReader reader = new ListingPageReader(new StringReader(text))) {
            PageFacts facts = reader.facts();
            List<ListingRecord> records = new ArrayList<>();
            List<Fragment> fragments = new ArrayList<>();
            PageEntry e;
            while ((e = reader.next()) != null) {
                if (e instanceof ListingRecord r) {
                    records.add(r);
                } else {
                    fragments.add((Fragment) e);
                }
            }
            return new ReadPage(facts, records, fragments, reader.tally(), reader.linesPlacedTwice());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Fragment> fragments(String reason) {
        return fragments.stream().filter(f -> f.reason().equals(reason)).toList();
    }

    /** Every record field, page fact and reject text of the page, for "is this text still somewhere". */
    String everything() {
        StringBuilder sb = new StringBuilder();
        for (ListingRecord r : records) {
            sb.append(r.dateLine()).append('\n').append(r.title()).append('\n');
            if (r.summary() != null) {
                sb.append(r.summary()).append('\n');
            }
        }
        for (Fragment f : fragments) {
            sb.append(f.rawText()).append('\n');
        }
        sb.append(facts.pageTitle()).append('\n').append(facts.pageDescription());
        return sb.toString();
    }

    /** Whether every line of the page is in exactly one place, none left to "unaccounted", none placed twice. */
    boolean conserved() {
        return tally.balanced() && tally.linesUnaccounted() == 0 && placedTwice == 0;
    }
}
