package org.archivelistings.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.archivelistings.dates.DateNormalizer;
import org.archivelistings.names.Names;
import org.archivelistings.names.PageNames;
import org.archivelistings.names.PersonMention;
import org.archivelistings.pages.ListingPageReader;
import org.archivelistings.pages.ListingRecord;
import org.archivelistings.pages.PageEntry;

/**
 * Throughput of the pure cores alone, single-threaded, on generated listing pages held in memory: the
 * page reader, the date normalizer (date lines, and free text), the name core (mention finding,
 * resolving each name on its own, and resolving whole records with their page's memory). Each is warmed up, then timed over several rounds; the median round is printed (an
 * equivalent of a JMH average-time run without the harness, so it runs from the jar).
 */
public final class ComponentBenchmark {
    private static final int ROUNDS = 5;

    private ComponentBenchmark() {}

    public static void run(PrintStream out, long seed) throws IOException {
        ListingGenerator generator = new ListingGenerator(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            pages.add(generator.page(random, i, 10));
        }
        List<ListingRecord> records = new ArrayList<>();
        for (String page : pages) {
            records.addAll(read(page));
        }
        List<String> dateLines = records.stream().map(ListingRecord::dateLine).toList();
        List<String> texts = new ArrayList<>();
        for (ListingRecord r : records) {
            texts.add(r.title());
            if (r.summary() != null) {
                texts.add(r.summary());
            }
        }
        DateNormalizer dates = DateNormalizer.standard();
        Names names = Names.standard();
        List<String> surfaces = new ArrayList<>();
        for (String t : texts) {
            for (PersonMention m : names.findMentions(t)) {
                surfaces.add(m.surface());
            }
        }
        out.printf("%-34s %14s%n", "component (one thread)", "per second");
        out.printf("%-34s %,14.0f records%n", "page reader", rate(records.size(), () -> pages.forEach(ComponentBenchmark::read)));
        out.printf("%-34s %,14.0f lines%n", "dates: record date lines", rate(dateLines.size(), () -> dateLines.forEach(l -> dates.normalize(l, null))));
        out.printf("%-34s %,14.0f texts%n", "dates: extract from titles, summaries", rate(texts.size(), () -> texts.forEach(t -> dates.extract(t, null))));
        out.printf("%-34s %,14.0f texts%n", "names: find mentions", rate(texts.size(), () -> texts.forEach(names::findMentions)));
        out.printf("%-34s %,14.0f mentions%n", "names: resolve each name", rate(surfaces.size(), () -> surfaces.forEach(names::resolve)));
        out.printf("%-34s %,14.0f records%n", "names: resolve records (per page)", rate(records.size(), () -> {
            PageNames page = PageNames.empty();
            for (int i = 0; i < records.size(); i++) {
                if (i % 10 == 0) {
                    page = PageNames.empty(); // the generator writes ten records a page
                }
                names.resolveRecord(records.get(i).title(), records.get(i).summary(), page);
            }
        }));
    }

    /**
     * Items per second: warmed up for a second and a half, then five rounds of at least a second each
     * (a pass over the data is tens of milliseconds, too short to time alone on a shared machine); the
     * median round is printed.
     */
    private static double rate(int items, Runnable work) {
        repeatFor(1_500_000_000L, work);
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            long passes = repeatFor(1_000_000_000L, work);
            rates[i] = passes * items / ((System.nanoTime() - t0) / 1e9);
        }
        java.util.Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    private static long repeatFor(long nanos, Runnable work) {
        long t0 = System.nanoTime();
        long passes = 0;
        do {
            work.run();
            passes++;
        } while (System.nanoTime() - t0 < nanos);
        return passes;
    }

    private static List<ListingRecord> read(String page) {
        List<ListingRecord> out = new ArrayList<>();
        try (ListingPageReader reader = new ListingPageReader(new BufferedReader(new StringReader(page)))) {
            reader.facts();
            PageEntry e;
            while ((e = reader.next()) != null) {
                if (e instanceof ListingRecord r) {
                    out.add(r);
                }
            }
            reader.tally(); // the job takes every page's tally for the manifest
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
