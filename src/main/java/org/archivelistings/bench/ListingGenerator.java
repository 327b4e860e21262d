package org.archivelistings.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes realistic saved listing pages, deterministically from a seed: every layout the archive and its
 * mirrors produce (bulleted, dash, new-site counter pages, topic and people pages, excerpts that start
 * mid-list), the corpus's mix of date forms, undated records, records without summaries, names in many
 * spellings, dates inside titles, and pages cut mid-record. Used by the benchmark and by tests that need
 * more input than the corpus holds.
 */
public final class ListingGenerator {
    static final int RECORDS_PER_PAGE = 10;
    static final int PAGES_PER_FOLDER = 1000;

    private final List<String> titles = lines("titles.txt");
    private final List<String> summaries = lines("summaries.txt");
    private final List<String> people = lines("people.txt");
    private final List<String> places = lines("places.txt");
    private final long seed;

    /** What was written. */
    public record Result(long records, long pages, long files, long bytes) {}

    public ListingGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes pages holding {@code records} records in all into {@code dir}, one page a .txt file. */
    public Result generate(Path dir, long records) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long pages = (records + RECORDS_PER_PAGE - 1) / RECORDS_PER_PAGE;
        long written = 0;
        long bytes = 0;
        for (long p = 0; p < pages; p++) {
            int n = (int) Math.min(RECORDS_PER_PAGE, records - written);
            String text = page(random, p, n);
            Path folder = dir.resolve(String.format("%05d", p / PAGES_PER_FOLDER));
            Files.createDirectories(folder);
            Path file = folder.resolve(String.format("page-%08d.txt", p));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            written += n;
        }
        return new Result(written, pages, pages, bytes);
    }

    /** One page's text with {@code n} records. */
    String page(SplittableRandom random, long pageNo, int n) {
        int layout = random.nextInt(10);
        int total = 20 + random.nextInt(900);
        int first = (int) (pageNo % 10) * RECORDS_PER_PAGE + 1;
        boolean cut = random.nextInt(100) < 25;
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean old = layout < 4;
            records.add(record(random, old, layout >= 4 && i > 0));
        }
        StringBuilder sb = new StringBuilder(4096);
        if (layout < 3) {
            bulleted(sb, random, records, layout);
        } else if (layout == 3) {
            dash(sb, records);
        } else {
            paragraph(sb, random, records, layout, first, Math.max(total, first + n - 1));
        }
        if (cut) {
            // Saved excerpts end mid-record: cut somewhere in the last record's text.
            int lastStart = sb.lastIndexOf(records.get(records.size() - 1)[1]);
            if (lastStart > 0) {
                int end = lastStart + 5 + random.nextInt(Math.max(1, sb.length() - lastStart - 5));
                sb.setLength(Math.min(sb.length(), end));
            }
        }
        return sb.toString();
    }

    private void bulleted(StringBuilder sb, SplittableRandom random, List<String[]> records, int variant) {
        if (variant == 0) {
            sb.append("Search in\n\nDigital Archive International History Declassified\n\n\n");
        } else if (variant == 1) {
            sb.append("Search in\nADD SEARCH FILTER CANCEL SEARCH FILTER\n\nDigital Archive International History Declassified\n\nSEARCH RESULTS\n\n");
        } else {
            sb.append("Search in\n\nDigital Archive International History Declassified\n\nNo image found.\n\n")
                    .append(pick(random, places)).append(" and the Korean Question\n\n ")
                    .append(fill(pick(random, summaries), random)).append("\n\n");
        }
        for (String[] r : records) {
            sb.append("  • ").append(r[0]).append("\n\n    ").append(r[1]).append("\n\n");
            if (r[2] != null) {
                sb.append("    ").append(r[2]).append("\n\n");
            }
        }
    }

    private static void dash(StringBuilder sb, List<String[]> records) {
        sb.append("SEARCH RESULTS\n");
        for (String[] r : records) {
            sb.append("-\n").append(r[0]).append('\n').append(r[1]).append('\n');
            if (r[2] != null) {
                sb.append(r[2]).append('\n');
            }
        }
    }

    private void paragraph(StringBuilder sb, SplittableRandom random, List<String[]> records, int variant, int first,
            int total) {
        int last = first + records.size() - 1;
        switch (variant) {
            case 4, 5 -> sb.append("Skip to content\n\n\n").append(first).append(" - ").append(last).append(" of ")
                    .append(total).append("\n\n\n");
            case 6, 7 -> sb.append("Skip to content\n\nResults:\n\n").append(first).append(" - ").append(last)
                    .append(" of ").append(total).append("\n\nDocuments\n\n");
            case 8 -> sb.append("Skip to content\nSoviet propaganda poster\n\n").append(pick(random, places))
                    .append(" Relations\n\n").append(fill(pick(random, summaries), random))
                    .append("\n\nTimeline\n\nPopular Documents\n\n");
            default -> sb.append("Skip to content\nPlaceholder image for when a portrait image is not available\n\n")
                    .append(pick(random, people)).append("\n\nDocuments produced by or related to ")
                    .append(pick(random, people)).append(".\n\nPopular Documents\n\n");
        }
        for (String[] r : records) {
            if (r[0].isEmpty()) {
                sb.append("\n"); // an undated record: an empty date line, then the title
            } else {
                sb.append(r[0]).append("\n\n");
            }
            sb.append(r[1]).append("\n\n");
            if (r[2] != null) {
                sb.append(r[2]).append("\n\n");
            }
        }
    }

    /** Date line, title, summary (null when none). */
    private String[] record(SplittableRandom random, boolean oldLayout, boolean mayBeUndated) {
        LocalDate d = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 46));
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int kind = random.nextInt(100);
        String date;
        if (mayBeUndated && kind < 3) {
            date = "";
        } else if (kind < 8) {
            date = month + " " + d.getYear();
        } else if (kind < 11) {
            date = month + ", " + d.getYear();
        } else if (kind < 13) {
            date = String.valueOf(d.getYear());
        } else {
            date = month + " " + (oldLayout ? String.format("%02d", d.getDayOfMonth()) : d.getDayOfMonth()) + ", "
                    + d.getYear();
        }
        String title = fill(pick(random, titles), random);
        String summary = null;
        if (random.nextInt(100) < 85) {
            StringBuilder s = new StringBuilder(fill(pick(random, summaries), random));
            for (int i = random.nextInt(3); i > 0; i--) {
                s.append(' ').append(fill(pick(random, summaries), random));
            }
            summary = s.toString();
        }
        return new String[] {date, title, summary};
    }

    private String fill(String template, SplittableRandom random) {
        String p = pick(random, people);
        String q = pick(random, people);
        return template.replace("{P}", p)
                .replace("{Q}", Objects.equals(p, q) ? pick(random, people) : q)
                .replace("{C}", pick(random, places))
                .replace("{N}", String.valueOf(100 + random.nextInt(9000)))
                .replace("{D}", titleDate(random));
    }

    private static String titleDate(SplittableRandom random) {
        int year = 1945 + random.nextInt(46);
        Month month = Month.of(1 + random.nextInt(12));
        String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int day = 1 + random.nextInt(27);
        return switch (random.nextInt(5)) {
            case 0 -> day + "-" + (day + 1) + " " + name + " " + year;
            case 1 -> name + " " + year;
            case 2 -> day + " and " + (day + 1) + " " + name + " " + year;
            default -> day + " " + name + " " + year;
        };
    }

    private static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> lines(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ListingGenerator.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
