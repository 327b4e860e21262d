package org.archivelistings.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The damage that saving and scraping do to pages, applied at random (seeded): stray interface lines
 * above, between and after the records, chrome in another case or doubled, a line saved twice or lost, a
 * tab indent, no-break spaces, CRLF line ends, a byte-order mark, a cut anywhere (at the end or the start).
 */
final class PageDamage {
    /** Interface words of web pages that are not in chrome.txt: the reader must reject them, not lose them. */
    static final List<String> STRAY_LINES = List.of("Print", "Share", "Cookie settings", "Back to top", "Menu",
            "Accept all cookies", "Download PDF", "Email this page");

    private PageDamage() {}

    /** {@code text} with one to four kinds of damage; the kinds applied are added to {@code applied}. */
    static String damage(String text, SplittableRandom random, List<String> applied) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int kinds = 1 + random.nextInt(4);
        boolean crlf = false;
        boolean bom = false;
        boolean cut = false;
        boolean cutStart = false;
        for (int k = 0; k < kinds; k++) {
            switch (random.nextInt(10)) {
                case 0 -> {
                    String stray = STRAY_LINES.get(random.nextInt(STRAY_LINES.size()));
                    int at = random.nextInt(4) == 0 ? 0 : random.nextInt(lines.size() + 1);
                    lines.add(at, stray);
                    applied.add("stray line");
                }
                case 1 -> {
                    recase(lines, random);
                    applied.add("chrome case");
                }
                case 2 -> {
                    int i = nonBlank(lines, random);
                    if (i >= 0) {
                        lines.add(i, lines.get(i));
                        applied.add("line twice");
                    }
                }
                case 3 -> {
                    int i = nonBlank(lines, random);
                    if (i >= 0) {
                        lines.remove(i);
                        applied.add("line lost");
                    }
                }
                case 4 -> {
                    int i = nonBlank(lines, random);
                    if (i >= 0) {
                        lines.set(i, "\t" + lines.get(i).stripLeading());
                        applied.add("tab indent");
                    }
                }
                case 5 -> {
                    for (int i = 0; i < lines.size(); i++) {
                        if (random.nextInt(3) == 0) {
                            lines.set(i, lines.get(i).replace(' ', '\u00A0'));
                        }
                    }
                    applied.add("no-break spaces");
                }
                case 6 -> {
                    crlf = true;
                    applied.add("CRLF");
                }
                case 7 -> {
                    bom = true;
                    applied.add("BOM");
                }
                case 8 -> {
                    cut = true;
                    applied.add("cut");
                }
                default -> {
                    cutStart = true;
                    applied.add("start cut");
                }
            }
        }
        String out = String.join(crlf ? "\r\n" : "\n", lines);
        if (cut && !out.isEmpty()) {
            out = out.substring(0, random.nextInt(out.length() + 1));
        }
        if (cutStart && !out.isEmpty()) {
            out = out.substring(random.nextInt(out.length() + 1)); // an excerpt that starts anywhere
        }
        return bom ? "\uFEFF" + out : out;
    }

    /**
     * {@code text} with damage that leaves every record line as it was: a stray line above the page, chrome
     * in another case or doubled, tab indents, CRLF, a byte-order mark. The records must read the same.
     */
    static String harmless(String text, SplittableRandom random, List<String> applied) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String out;
        switch (random.nextInt(5)) {
            case 0 -> {
                lines.add(0, STRAY_LINES.get(random.nextInt(STRAY_LINES.size())));
                applied.add("stray line above");
            }
            case 1 -> {
                recase(lines, random);
                applied.add("chrome case");
            }
            case 2 -> {
                lines.replaceAll(l -> l.startsWith("    ") ? "\t" + l.substring(4) : l);
                applied.add("tab indents");
            }
            case 3 -> applied.add("CRLF");
            default -> applied.add("BOM");
        }
        out = String.join(applied.contains("CRLF") ? "\r\n" : "\n", lines);
        return applied.contains("BOM") ? "\uFEFF" + out : out;
    }

    /** Upper- or lower-cases the chrome lines of the page, and saves one of them twice. */
    private static void recase(List<String> lines, SplittableRandom random) {
        boolean upper = random.nextBoolean();
        int doubled = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (SiteChrome.standard().contains(LineText.key(lines.get(i))) && lines.get(i).strip().length() > 1) {
                lines.set(i, upper ? lines.get(i).toUpperCase(Locale.ROOT) : lines.get(i).toLowerCase(Locale.ROOT));
                doubled = i;
            }
        }
        if (doubled >= 0 && random.nextBoolean()) {
            lines.add(doubled, lines.get(doubled));
        }
    }

    private static int nonBlank(List<String> lines, SplittableRandom random) {
        for (int tries = 0; tries < 20; tries++) {
            int i = random.nextInt(lines.size());
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The non-blank lines of {@code text} that are in no record field, page fact or reject of the page as
     * read, nor chrome: each line must be a whole line of one of them, found by text, apart from the
     * reader's own ledger. Empty when nothing is lost.
     */
    static List<String> lostLines(String text, ReadPage read) {
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (String line : read.everything().split("\n")) {
            placed.add(LineSource.stripEnd(LineSource.stripStart(line)));
        }
        List<String> lost = new ArrayList<>();
        for (String raw : text.replace("\uFEFF", "").split("\r\n|\r|\n")) {
            String content = LineSource.stripEnd(LineSource.stripStart(raw));
            if (content.isEmpty() || SiteChrome.standard().contains(LineText.key(content))) {
                continue;
            }
            String words = content.startsWith("•") ? LineSource.stripStart(content.substring(1)) : content;
            int[] counter = LineClassifier.counter(content);
            boolean isCounter = counter != null && read.facts().counterFirst() != null
                    && counter[0] == read.facts().counterFirst() && counter[1] == read.facts().counterLast()
                    && counter[2] == read.facts().counterTotal();
            if (!isCounter && !placed.contains(words) && !placed.contains(content)) {
                lost.add(content);
            }
        }
        return lost;
    }
}
