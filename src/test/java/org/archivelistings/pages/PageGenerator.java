package org.archivelistings.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes random listing pages in every layout the site has (bulleted, collection, dash, the new site's
 * search, mirror, topic, person and places pages, excerpts that start mid-list), with dated and undated
 * records, records without a summary and summaries of several paragraphs.
 */
final class PageGenerator {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] KINDS = {"Memorandum", "Telegram", "Letter", "Report", "Minutes", "Cable",
        "Note", "Record of Conversation", "Journal", "Speech"};
    private static final String[] SUBJECTS = {"the Trade Agreement", "the Border Talks", "the Student Exchange",
        "the Harbour Works", "the Fishing Quotas", "the Rail Link", "the Film Festival", "the Grain Deliveries",
        "the Air Route", "the Power Station"};
    private static final String[] SENTENCES = {"The ministry reports on the progress of the talks.",
        "Both sides agree to meet again in the autumn.", "The embassy asks for instructions on the reply.",
        "The delegation describes its reception in the capital.", "Figures for the first quarter are attached.",
        "The author doubts that the plan can be carried out on time."};
    private static final String PLACEHOLDER = "Placeholder image for when a portrait image is not available";
    private static final String[] STYLES = {"bulleted", "collection", "dash", "search", "mirror", "topic", "person",
        "places", "mid-list"};

    private final SplittableRandom random;
    private int serial;

    PageGenerator(long seed) {
        random = new SplittableRandom(seed);
    }

    GeneratedPage page() {
        String style = STYLES[random.nextInt(STYLES.length)];
        int count = 1 + random.nextInt(10);
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean undated = random.nextInt(5) == 0 && !(i == 0 && (style.equals("mid-list") || style.equals("dash")));
            int paragraphs = random.nextInt(6) == 0 ? 0 : random.nextInt(5) == 0 ? 2 : 1;
            String[] summary = new String[paragraphs];
            for (int p = 0; p < paragraphs; p++) {
                summary[p] = sentence() + " " + sentence();
            }
            String title = KINDS[random.nextInt(KINDS.length)] + " on " + SUBJECTS[random.nextInt(SUBJECTS.length)]
                    + ", No. " + (++serial);
            String[] record = new String[2 + paragraphs];
            record[0] = undated ? "" : date(style);
            record[1] = title;
            System.arraycopy(summary, 0, record, 2, paragraphs);
            records.add(record);
        }
        String text = switch (style) {
            case "bulleted", "collection" -> bulleted(style, records);
            case "dash" -> dash(records);
            default -> paragraphs(style, records);
        };
        List<String> shown = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String join = style.equals("dash") ? "\n" : "\n\n";
        for (String[] r : records) {
            String summary = r.length > 2 ? String.join(join, List.of(r).subList(2, r.length)) : null;
            shown.add(r[0] + " | " + r[1] + " | " + summary);
            titles.add(r[1]);
        }
        return new GeneratedPage(text, style, shown, titles);
    }

    private String sentence() {
        return SENTENCES[random.nextInt(SENTENCES.length)];
    }

    private String date(String style) {
        int year = 1945 + random.nextInt(50);
        String month = MONTHS[random.nextInt(12)];
        int day = 1 + random.nextInt(28);
        boolean old = style.equals("bulleted") || style.equals("collection") || style.equals("dash");
        return switch (random.nextInt(old ? 3 : 5)) {
            case 0, 1 -> month + " " + (old ? String.format("%02d", day) : String.valueOf(day)) + ", " + year;
            case 2 -> month + (random.nextBoolean() ? ", " : " ") + year;
            default -> String.valueOf(year);
        };
    }

    private String bulleted(String style, List<String[]> records) {
        StringBuilder sb = new StringBuilder("Search in\n");
        if (random.nextBoolean()) {
            sb.append("ADD SEARCH FILTER CANCEL SEARCH FILTER\n");
        }
        sb.append("\nDigital Archive International History Declassified\n\n");
        if (style.equals("collection")) {
            sb.append("No image found.\n\nCollection on ").append(SUBJECTS[random.nextInt(SUBJECTS.length)])
                    .append("\n\n ").append(SENTENCES[random.nextInt(SENTENCES.length)]).append("\n\n");
        } else {
            sb.append('\n');
        }
        for (String[] r : records) {
            sb.append("  •").append(r[0].isEmpty() ? "" : " " + r[0]).append("\n\n");
            for (int p = 1; p < r.length; p++) {
                sb.append("    ").append(r[p]).append("\n\n");
            }
        }
        return sb.toString();
    }

    private String dash(List<String[]> records) {
        String[] heads = {"SEARCH RESULTS\n", "Documents\n", ""};
        StringBuilder sb = new StringBuilder(heads[random.nextInt(heads.length)]);
        for (String[] r : records) {
            sb.append("-\n");
            if (!r[0].isEmpty()) {
                sb.append(r[0]).append('\n');
            }
            for (int p = 1; p < r.length; p++) {
                sb.append(r[p]).append('\n');
            }
        }
        return sb.toString();
    }

    private String paragraphs(String style, List<String[]> records) {
        boolean mirror = style.equals("mirror");
        int headerGap = mirror ? 2 : 1;
        StringBuilder sb = new StringBuilder();
        String first = records.size() + "";
        switch (style) {
            case "search" -> sb.append("Skip to content\n\nResults:\n\n1 - ").append(first).append(" of ")
                    .append(records.size() + random.nextInt(50)).append("\n\nDocuments\n");
            case "mirror" -> sb.append("Skip to content\n\n\n1 - ").append(first).append(" of ")
                    .append(records.size() + random.nextInt(50)).append('\n');
            case "topic" -> sb.append("Skip to content\nA view of the harbour at dawn\n\nTopic on ")
                    .append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("\n\n")
                    .append(SENTENCES[random.nextInt(SENTENCES.length)]).append("\n\n")
                    .append("A view of the harbour at dawn\n\nTimeline\n\nPopular Documents\n");
            case "person" -> sb.append("Skip to content\n" + PLACEHOLDER + "\n\n")
                    .append("Petrov, Ivan\n\nDiplomat and trade official.\n\n")
                    .append(PLACEHOLDER + "\n\nPopular Documents\n");
            case "places" -> sb.append("Skip to content\n\nPopular Documents\n");
            default -> sb.append(SENTENCES[random.nextInt(SENTENCES.length)]).append('\n');
        }
        boolean afterHeader = true;
        for (String[] r : records) {
            int blank = afterHeader ? headerGap : 1;
            sb.append("\n".repeat(blank + (r[0].isEmpty() ? 2 : 0)));
            if (!r[0].isEmpty()) {
                sb.append(r[0]).append("\n\n");
            }
            for (int p = 1; p < r.length; p++) {
                sb.append(r[p]).append(p < r.length - 1 ? "\n\n" : "\n");
            }
            afterHeader = false;
        }
        return sb.toString();
    }
}
