package org.archivelistings.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small pages of src/test/resources/org/archivelistings/pages/layouts, written for these tests. */
final class Fixtures {
    static final String[] PAGES = {"bulleted", "bulleted-collection", "bulleted-excerpt", "dash", "dash-documents",
        "new-mirror-counter", "new-results", "topic", "person", "places", "mid-list", "undated-first-no-counter",
        "not-a-listing", "topic-cut", "new-cut-title", "new-bullet-in-summary",
        "new-date-shapes"};

    private Fixtures() {}

    static String page(String name) {
        return resource(name + ".txt");
    }

    static String expected(String name) {
        return resource(name + ".expected");
    }

    private static String resource(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("layouts/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record as the .expected files write it: "DATE | TITLE | SUMMARY | complete", ¶ between paragraphs. */
    static String show(ListingRecord r) {
        String summary = r.summary() == null ? "-" : r.summary().replace("\n\n", "¶").replace("\n", "⏎");
        return r.dateLine() + " | " + r.title().replace("\n", "⏎") + " | " + summary + " | "
                + (r.truncated() ? "truncated" : "complete");
    }
}
