package org.archivelistings.pages;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivelistings.pages.LineSource.Line;

/**
 * Streams the entries of one saved listing page, whatever its layout. The layout is recognised from the
 * page's shape (bullets, "-" separators, blank-line paragraphs), never from its file name. Reads line by
 * line with a small lookahead, so memory does not grow with the page: a record is held only until the
 * line that ends it.
 *
 * <p>See README.md in this package for the layouts and the decisions on cut excerpts.
 */
public final class ListingPageReader implements AutoCloseable {
    /** Lines examined to recognise the layout before giving up (pages put it in their first lines). */
    private static final int DETECT_LINES = 400;
    private static final Pattern COUNTER = Pattern.compile("(\\d[\\d,]*)\\s*[-–]\\s*(\\d[\\d,]*)\\s+of\\s+(\\d[\\d,]*)");
    private static final Set<String> OLD_CHROME = Set.of("Search in", "ADD SEARCH FILTER CANCEL SEARCH FILTER",
            "Digital Archive International History Declassified", "SEARCH RESULTS", "Documents", "No image found.");
    private static final Set<String> NEW_CHROME = Set.of("Results:", "Documents", "Timeline", "Popular Documents",
            "Placeholder image for when a portrait image is not available");
    private static final String SKIP = "Skip to content";
    private static final String BULLET = "•";

    private final Reader in;
    private final LineSource source;
    private final Deque<Line> lookahead = new ArrayDeque<>();
    private final Deque<PageEntry> ready = new ArrayDeque<>();
    private PageFacts facts;
    private boolean done;
    private int ordinal;
    /** Blank lines that mean "a new record starts here" before the first record (after a counter: 3). */
    private int firstUndatedGap = 2;
    private boolean firstRecord = true;

    public ListingPageReader(Reader in) {
        this.in = in;
        this.source = new LineSource(in);
    }

    /** The page's own facts; reads the page's header on first call. */
    public PageFacts facts() throws IOException {
        if (facts == null) {
            facts = readHeader();
        }
        return facts;
    }

    /** The next record or fragment, or null at the end of the page. */
    public PageEntry next() throws IOException {
        facts();
        while (ready.isEmpty() && !done) {
            switch (facts.layout()) {
                case BULLETED -> bulletedRecord();
                case DASH -> dashRecord();
                case PARAGRAPH -> paragraphRecord();
                default -> unknownText();
            }
        }
        return ready.poll();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---- lines -------------------------------------------------------------------------------------

    private Line pull() throws IOException {
        return lookahead.isEmpty() ? source.next() : lookahead.pollFirst();
    }

    private void push(Line line) {
        if (line != null) {
            lookahead.addFirst(line);
        }
    }

    private Line peek() throws IOException {
        Line l = pull();
        push(l);
        return l;
    }

    /** True when {@code line} (just pulled) is the last line and the text stops inside it. */
    private boolean isCut(Line line) throws IOException {
        return peek() == null && !source.endedCleanly();
    }

    private static String text(Line l) {
        return LineSource.stripStart(l.text());
    }

    private static boolean isBullet(Line l) {
        return text(l).startsWith(BULLET);
    }

    private static boolean isSeparator(Line l) {
        return l.text().strip().equals("-");
    }

    // ---- header ------------------------------------------------------------------------------------

    private PageFacts readHeader() throws IOException {
        List<Line> head = new ArrayList<>();
        Layout layout = Layout.UNKNOWN;
        for (int i = 0; i < DETECT_LINES; i++) {
            Line l = source.next();
            if (l == null) {
                break;
            }
            head.add(l);
            if (i == 0 && text(l).equals(SKIP)) {
                layout = Layout.PARAGRAPH;
                break;
            }
            if (isBullet(l)) {
                layout = Layout.BULLETED;
                break;
            }
            if (isSeparator(l)) {
                layout = Layout.DASH;
                break;
            }
            if (DateLineShape.isDate(l.text()) && (l.blankBefore() > 0 || i == 0)) {
                layout = Layout.PARAGRAPH;
                break;
            }
        }
        for (int i = head.size() - 1; i >= 0; i--) {
            lookahead.addFirst(head.get(i));
        }
        return switch (layout) {
            case BULLETED -> oldHeader(Layout.BULLETED, ListingPageReader::isBullet);
            case DASH -> oldHeader(Layout.DASH, ListingPageReader::isSeparator);
            case PARAGRAPH -> newHeader();
            default -> new PageFacts(Layout.UNKNOWN, null, null, null, null);
        };
    }

    /** Old-site header: chrome, maybe "No image found." + collection title + description, up to the first record. */
    private PageFacts oldHeader(Layout layout, java.util.function.Predicate<Line> recordStart) throws IOException {
        String title = null;
        boolean titleNext = false;
        List<Line> fragment = new ArrayList<>();
        Line l;
        while ((l = pull()) != null && !recordStart.test(l)) {
            String t = text(l);
            if (OLD_CHROME.contains(t)) {
                titleNext = t.equals("No image found.");
                continue;
            }
            if (titleNext) {
                title = t;
                titleNext = false;
            } else if (l.text().startsWith("    ") || (layout == Layout.DASH && title == null && fragment.isEmpty()
                    && t.endsWith(".") && l.number() == 1)) {
                // Indented text before the first bullet, or a sentence opening a dash page: the tail of a
                // record cut off by the start of the excerpt.
                fragment.add(l);
            }
            // Anything else before the first record is the collection's description: chrome.
        }
        push(l);
        if (!fragment.isEmpty()) {
            ready.add(fragment(fragment, "excerpt-starts-mid-record"));
        }
        return new PageFacts(layout, null, null, null, title);
    }

    /** New-site header: "Skip to content", counters, "Results:", topic or person title and description. */
    private PageFacts newHeader() throws IOException {
        Integer first = null;
        Integer last = null;
        Integer total = null;
        String title = null;
        boolean topic = false;
        Line l = pull();
        if (l != null && text(l).equals(SKIP)) {
            Line alt = pull();
            if (alt != null && alt.blankBefore() == 0) {
                topic = true; // the line right under "Skip to content" is an image's alt text
            } else {
                push(alt);
            }
            l = pull();
        }
        int gapAfterChrome = 1;
        while (l != null) {
            String t = text(l);
            Matcher m = COUNTER.matcher(t);
            if (m.matches()) {
                first = number(m.group(1));
                last = number(m.group(2));
                total = number(m.group(3));
                gapAfterChrome = 2;
            } else if (t.equals("Popular Documents")) {
                topic = false; // what follows is the list
                gapAfterChrome = 1;
            } else if (NEW_CHROME.contains(t)) {
                gapAfterChrome = 1;
            } else if (topic || (title == null && first == null && !DateLineShape.isDate(t) && isTopicTitle(l))) {
                topic = true;
                if (title == null) {
                    title = t;
                }
                // later lines until "Popular Documents": the description, chrome
            } else {
                break;
            }
            l = pull();
        }
        push(l);
        firstUndatedGap = gapAfterChrome + 1;
        return new PageFacts(Layout.PARAGRAPH, first, last, total, title);
    }

    /** A topic or person page's title: the first line under "Skip to content" when a description follows. */
    private boolean isTopicTitle(Line l) throws IOException {
        Line next = peek();
        return l.text().length() < 200 && next != null && !DateLineShape.isDate(next.text());
    }

    private static Integer number(String digits) {
        return Integer.valueOf(digits.replace(",", ""));
    }

    // ---- records -----------------------------------------------------------------------------------

    private void bulletedRecord() throws IOException {
        Line bullet = pull();
        if (bullet == null) {
            done = true;
            return;
        }
        String date = LineSource.stripStart(text(bullet).substring(BULLET.length()));
        List<StringBuilder> paras = new ArrayList<>();
        Line l;
        while ((l = pull()) != null && !isBullet(l)) {
            if (l.blankBefore() == 0 && !paras.isEmpty()) {
                paras.get(paras.size() - 1).append('\n').append(text(l));
            } else {
                paras.add(new StringBuilder(text(l)));
            }
        }
        push(l);
        if (date.isEmpty() && paras.isEmpty()) {
            return; // a bare bullet where the excerpt was cut: nothing of the record was saved
        }
        String title = paras.isEmpty() ? "" : paras.get(0).toString();
        String summary = paras.size() < 2 ? null : String.join("\n\n", paras.subList(1, paras.size()));
        emit(bullet.number(), date, title, summary, l == null);
    }

    private void dashRecord() throws IOException {
        Line l = pull();
        while (l != null && isSeparator(l)) {
            l = pull();
        }
        if (l == null) {
            done = true;
            return;
        }
        int line = l.number();
        List<String> lines = new ArrayList<>();
        while (l != null && !isSeparator(l)) {
            lines.add(text(l));
            l = pull();
        }
        push(l);
        boolean atEnd = l == null;
        String date = "";
        String first = lines.get(0);
        if (DateLineShape.isDate(first) || (atEnd && lines.size() == 1 && !source.endedCleanly() && DateLineShape.isCutDate(first))) {
            date = first;
            lines = lines.subList(1, lines.size());
        }
        String title = lines.isEmpty() ? "" : lines.get(0);
        String summary = lines.size() < 2 ? null : String.join("\n", lines.subList(1, lines.size()));
        emit(line, date, title, summary, atEnd);
    }

    private void paragraphRecord() throws IOException {
        Line first = pull();
        if (first == null) {
            done = true;
            return;
        }
        boolean opening = firstRecord;
        firstRecord = false;
        String date = "";
        Line titleLine;
        if (DateLineShape.isDate(first.text()) || (DateLineShape.isCutDate(first.text()) && isCut(first))) {
            date = text(first);
            titleLine = pull();
            if (titleLine != null && titleLine.blankBefore() >= 2 && !opening) {
                // Blank lines where the title should be: the date stands alone, the next line starts a record.
                push(titleLine);
                titleLine = null;
            }
        } else if (opening && first.blankBefore() < firstUndatedGap) {
            // The excerpt starts inside a record (a bare title or summary): keep it as a fragment.
            List<Line> lines = new ArrayList<>(List.of(first));
            Line l;
            while ((l = pull()) != null && !DateLineShape.isDate(l.text())) {
                lines.add(l);
            }
            push(l);
            ready.add(fragment(lines, "excerpt-starts-mid-record"));
            return;
        } else {
            titleLine = first; // an undated record: its empty date line shows as extra blank lines
        }
        if (titleLine == null) {
            emit(first.number(), date, "", null, peek() == null);
            return;
        }
        String title = paragraph(titleLine);
        String summary = null;
        Line next = pull();
        if (next != null && !startsRecord(next)) {
            summary = paragraph(next);
            next = null;
        }
        push(next);
        emit(first.number(), date, title, summary, peek() == null);
    }

    /**
     * True when {@code l}, met after a title, starts the next record rather than being the summary. A cut
     * last line ("Octo") here is read as the start of a summary: after a title a summary is what comes
     * (a cut date line is recognised only after a summary, when {@link #paragraphRecord} starts).
     */
    private static boolean startsRecord(Line l) {
        return DateLineShape.isDate(l.text()) || l.blankBefore() >= 2;
    }

    /** {@code first} and the lines right under it (no blank line between), joined. */
    private String paragraph(Line first) throws IOException {
        StringBuilder sb = new StringBuilder(text(first));
        Line l;
        while ((l = pull()) != null && l.blankBefore() == 0) {
            sb.append('\n').append(text(l));
        }
        push(l);
        return sb.toString();
    }

    private void unknownText() throws IOException {
        List<Line> lines = new ArrayList<>();
        Line l;
        int chars = 0;
        while (chars < 2000 && (l = pull()) != null) {
            lines.add(l);
            chars += l.text().length();
        }
        if (lines.isEmpty()) {
            done = true;
            return;
        }
        ready.add(fragment(lines, "no-listing-layout"));
    }

    private void emit(int line, String date, String title, String summary, boolean atEnd) {
        boolean truncated = atEnd && isCutRecord(title, summary);
        ready.add(new ListingRecord(++ordinal, line, date.strip(), title, summary, truncated));
    }

    /**
     * Whether the end of the text cut the last record. A summary is complete when it ends a sentence; a
     * record that ends at its title is complete only when a blank line followed it (a saved page, not a
     * cut excerpt), since a summary may have been next.
     */
    private boolean isCutRecord(String title, String summary) {
        if (title.isEmpty()) {
            return true;
        }
        if (summary == null) {
            return source.trailingBlankLines() == 0;
        }
        return !endsSentence(summary);
    }

    /** Ends with . ! ? or …, possibly inside closing quotes or brackets ("...self-determination."). */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    private static Fragment fragment(List<Line> lines, String reason) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l.text());
        }
        return new Fragment(lines.get(0).number(), reason, sb.toString());
    }
}
