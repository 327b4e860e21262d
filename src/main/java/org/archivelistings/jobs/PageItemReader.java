package org.archivelistings.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.archivelistings.output.RejectRow;
import org.archivelistings.pages.Fragment;
import org.archivelistings.pages.ListingPageReader;
import org.archivelistings.pages.ListingRecord;
import org.archivelistings.pages.PageEntry;
import org.archivelistings.pages.PageFacts;
import org.archivelistings.pages.SavedPage;
import org.archivelistings.pages.SavedPageFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every entry of every page of every input file, in order. Its position (file, page, entry) is
 * saved in the step's execution context at each commit, so a restarted run re-opens the file it was in,
 * skips what was already committed and goes on: no record is lost or read twice.
 *
 * <p>Bad input never stops the run: an unreadable file, a page that is not a page, or text that is not
 * a record becomes a {@link PageItem.Rejected} with its file, line and reason.
 */
final class PageItemReader implements ItemStreamReader<PageItem> {
    private static final Logger log = LoggerFactory.getLogger(PageItemReader.class);
    private static final String FILE = "reader.file";
    private static final String PAGE = "reader.page";
    private static final String ENTRY = "reader.entry";
    static final String PAGES_READ = "reader.pages";
    static final String ITEMS_READ = "reader.items";
    static final int MAX_RAW = 2000;
    /** The longest rejected page text kept whole; the reader cuts runs of lines into ~2,000 characters. */
    static final int MAX_FRAGMENT = 100_000;
    /**
     * Fault injection for the restart tests: when this system property holds N, reading item N throws, as
     * a crash half-way would. Never set in normal use.
     */
    static final String FAIL_AT_ITEM = "archive-listings.fail-at-item";

    private final Path root;
    private final List<String> files;
    private final String encoding;

    private int fileIndex;
    private int pageIndex; // pages of the current file already started
    private int entryIndex; // entries of the current page already returned
    private long pagesRead;
    private long itemsRead; // committed with the chunk, so after a restart it still counts every item once
    private final LineTally lines = new LineTally();

    private SavedPageFile file;
    private SavedPage page;
    private ListingPageReader pageReader;
    private PageFacts facts;
    private PageMemo memo;

    /** Reads {@code files} (names relative to {@code input}'s folder), in this order. */
    PageItemReader(Path input, List<String> files, String encoding) {
        this.root = InputFiles.root(input);
        this.files = List.copyOf(files);
        this.encoding = encoding;
    }

    int fileCount() {
        return files.size();
    }

    int filesDone() {
        return fileIndex;
    }

    @Override
    public void open(ExecutionContext context) {
        fileIndex = context.getInt(FILE, 0);
        int pagesToSkip = context.getInt(PAGE, 0);
        int entriesToSkip = context.getInt(ENTRY, 0);
        pagesRead = context.getLong(PAGES_READ, 0L);
        itemsRead = context.getLong(ITEMS_READ, 0L);
        lines.open(context);
        if (pagesToSkip == 0 && entriesToSkip == 0) {
            return;
        }
        // Restart inside a file: re-read it up to the committed entry. Parsing is deterministic, so the
        // skipped entries are exactly the ones already written.
        try {
            long committedPages = pagesRead;
            openFile();
            for (int p = 0; p < pagesToSkip; p++) {
                try {
                    if (!nextPage()) {
                        break;
                    }
                } catch (SavedPageFile.MalformedPageException e) {
                    pageIndex++; // already rejected before the crash
                }
            }
            pagesRead = committedPages;
            if (pageReader == null) {
                return;
            }
            for (int e = 0; e < entriesToSkip; e++) {
                PageEntry skipped = pageReader.next();
                if (skipped == null) {
                    break;
                }
                if (skipped instanceof ListingRecord record) {
                    memo.skipped.add(record);
                }
                entryIndex++;
            }
        } catch (IOException e) {
            throw new ItemStreamException("Cannot reposition in " + files.get(fileIndex) + " on restart", e);
        }
    }

    @Override
    public PageItem read() throws IOException {
        PageItem item = next();
        if (item != null) {
            itemsRead++;
            if (itemsRead == Long.getLong(FAIL_AT_ITEM, -1L)) {
                throw new IOException("injected failure at item " + itemsRead + " (" + FAIL_AT_ITEM + ")");
            }
        }
        return item;
    }

    private PageItem next() throws IOException {
        while (fileIndex < files.size()) {
            if (file == null) {
                PageItem rejected = openFile();
                if (rejected != null) {
                    return rejected;
                }
            }
            if (pageReader == null) {
                PageItem rejected;
                try {
                    if (!nextPage()) {
                        closeFile();
                        fileIndex++;
                        continue;
                    }
                } catch (SavedPageFile.MalformedPageException e) {
                    pageIndex++;
                    entryIndex = 0;
                    rejected = reject(null, e.line(), "malformed-page-line", e.getMessage()
                            + "; each line of a .jsonl input must be a JSON object with a \"text\" field", e.rawText());
                    return rejected;
                } catch (IOException e) {
                    return failFile(e);
                }
            }
            PageEntry entry;
            try {
                entry = pageReader.next();
            } catch (IOException e) {
                return failFile(e);
            }
            if (entry == null) {
                lines.add(pageReader.tally());
                closePage();
                continue;
            }
            entryIndex++;
            if (entry instanceof ListingRecord record) {
                return new PageItem.Found(page.sourceFile(), page.page(), facts, record, memo);
            }
            Fragment fragment = (Fragment) entry;
            if (Fragment.UNACCOUNTED.equals(fragment.reason())) {
                log.warn("{}{} line {}: the reader could not account for these lines (a reader bug); they are in"
                        + " rejects as 'unaccounted'", files.get(fileIndex), page.page() == null ? "" : "#" + page.page(),
                        fragment.line());
            }
            String raw = fragment.rawText();
            String message = RejectMessages.of(fragment);
            if (raw.length() > MAX_FRAGMENT) {
                // One line of megabytes (a binary or a broken save) is not text to keep whole in a table.
                message += " (cut to " + MAX_FRAGMENT + " of its " + raw.length() + " characters)";
                raw = raw.substring(0, MAX_FRAGMENT);
            }
            return new PageItem.Rejected(new RejectRow(files.get(fileIndex), page.page(), fragment.line(),
                    fragment.reason(), message, raw));
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FILE, fileIndex);
        context.putInt(PAGE, pageIndex);
        context.putInt(ENTRY, entryIndex);
        context.putLong(PAGES_READ, pagesRead);
        context.putLong(ITEMS_READ, itemsRead);
        lines.update(context);
    }

    @Override
    public void close() {
        try {
            closeFile();
        } catch (IOException e) {
            throw new ItemStreamException(e);
        }
    }

    /** Opens the current file; returns a reject (and moves past the file) when it cannot be read. */
    private PageItem openFile() throws IOException {
        String name = files.get(fileIndex);
        Path path = root.resolve(name);
        pageIndex = 0;
        entryIndex = 0;
        try {
            file = SavedPageFile.open(path, name, encoding);
            return null;
        } catch (IOException | RuntimeException e) {
            fileIndex++;
            log.warn("{}: cannot be read ({}); it goes to rejects and the run goes on", name, e.getMessage());
            return new PageItem.Rejected(new RejectRow(name, null, 0, "unreadable-file",
                    "cannot read the file (" + e.getMessage() + "); check its permissions and encoding", ""));
        }
    }

    private boolean nextPage() throws IOException {
        closePage();
        page = file.next();
        if (page == null) {
            return false;
        }
        pageIndex++;
        entryIndex = 0;
        pagesRead++;
        pageReader = new ListingPageReader(page.text());
        facts = pageReader.facts();
        memo = new PageMemo();
        return true;
    }

    private PageItem failFile(IOException e) throws IOException {
        String name = files.get(fileIndex);
        log.warn("{}: read failed after {} entries ({}); the rest of the file goes to rejects", name, entryIndex,
                e.getMessage());
        PageItem rejected = reject(page == null ? null : page.page(), 0, "unreadable-file",
                "reading stopped: " + e.getMessage() + "; the entries before this point were kept", "");
        closeFile();
        fileIndex++;
        return rejected;
    }

    /** A reject of input that is not a page at all (a malformed .jsonl line: cut, it may be megabytes). */
    private PageItem reject(String pageId, int line, String reason, String message, String raw) {
        String text = raw == null ? "" : raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
        return new PageItem.Rejected(new RejectRow(files.get(fileIndex), pageId, line, reason, message, text));
    }

    private void closePage() {
        pageReader = null;
        page = null;
        facts = null;
        memo = null;
    }

    private void closeFile() throws IOException {
        closePage();
        if (file != null) {
            file.close();
            file = null;
        }
        pageIndex = 0;
        entryIndex = 0;
    }
}
