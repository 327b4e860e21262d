package org.archivelistings.pages;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages held by one input file, one at a time: a {@code .txt} file is one page; a {@code .jsonl} file
 * holds one page a line as a JSON object with a {@code text} field (and an optional {@code id}), the
 * format of {@code ../shared/corpus/pages.jsonl}.
 */
public final class SavedPageFile implements Closeable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String sourceFile;
    private final BufferedReader in;
    private final boolean multiPage;
    private final Charset charset;
    private int jsonLine;
    private boolean singlePageGiven;

    private SavedPageFile(String sourceFile, BufferedReader in, boolean multiPage, Charset charset) {
        this.sourceFile = sourceFile;
        this.in = in;
        this.multiPage = multiPage;
        this.charset = charset;
    }

    /** Opens {@code file}; {@code encoding} is a charset name or "auto" to detect it. */
    public static SavedPageFile open(Path file, String sourceFile, String encoding) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            TextDecoding.Decoded decoded = TextDecoding.open(raw, encoding);
            boolean multiPage = sourceFile.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
            return new SavedPageFile(sourceFile, decoded.reader(), multiPage, decoded.charset());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The charset the file was read with. */
    public Charset charset() {
        return charset;
    }

    /**
     * The next page, or null at the end of the file.
     *
     * @throws MalformedPageException when a line of a multi-page file is not a page (the caller rejects
     *     it and goes on with the next line)
     */
    public SavedPage next() throws IOException {
        if (!multiPage) {
            if (singlePageGiven) {
                return null;
            }
            singlePageGiven = true;
            return new SavedPage(sourceFile, null, in);
        }
        String line;
        do {
            line = in.readLine();
            jsonLine++;
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new MalformedPageException(jsonLine, "not a JSON object: " + e.getOriginalMessage(), line);
        }
        JsonNode text = node.get("text");
        if (!node.isObject() || text == null || !text.isString()) {
            throw new MalformedPageException(jsonLine, "no \"text\" field holding the page", line);
        }
        JsonNode id = node.get("id");
        String page = id != null && !id.isNull() ? id.asString() : "line " + jsonLine;
        return new SavedPage(sourceFile, page, new BufferedReader(new StringReader(text.asString())));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A line of a multi-page file that holds no page. */
    public static final class MalformedPageException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String rawText;

        MalformedPageException(int line, String reason, String rawText) {
            super(reason);
            this.line = line;
            this.rawText = rawText;
        }

        public int line() {
            return line;
        }

        public String rawText() {
            return rawText;
        }
    }
}
