package org.archivelistings.output;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.ColumnNamingStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import tools.jackson.databind.ObjectReader;

/**
 * Turns a finished JSON Lines table into its Parquet twin. Parquet cannot be appended after a crash,
 * so the restartable chunk step writes JSON Lines and this converts the whole file at the end, streaming
 * one row at a time (memory does not grow with the table).
 */
public final class ParquetConverter {
    private static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;
    private static final int BATCH = 1_024;
    private static final List<String> FREE_TEXT = List.of("record_key", "title", "title_raw", "summary", "summary_raw",
            "raw_text", "document_id", "text", "sha256");
    /** Prose: nobody filters on its minimum and maximum, and comparing every value cost a tenth of the writing. */
    private static final List<String> PROSE = List.of("title", "title_raw", "summary", "summary_raw", "raw_text");

    private ParquetConverter() {}

    /** A Parquet writer with the settings every table shares. {@code parquet} must not exist. */
    static <T extends Record> CarpetWriter<T> writer(Path parquet, Class<T> rowType) throws IOException {
        CarpetWriter.Builder<T> builder = new CarpetWriter.Builder<>(new LocalOutputFile(parquet), rowType)
                .withColumnNamingStrategy(ColumnNamingStrategy.SNAKE_CASE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                // Row groups of 32 MB, not 128: several tables convert at once within a 512 MB heap,
                // and notebooks read small groups just as well.
                .withRowGroupSize(ROW_GROUP_BYTES);
        for (String column : FREE_TEXT) {
            // Nearly every value is distinct: a dictionary only costs lookups, then falls back anyway.
            builder.withDictionaryEncoding(column, false);
        }
        for (String column : PROSE) {
            builder.withStatisticsEnabled(column, false);
        }
        return builder.build();
    }

    /** Writes {@code parquet} from {@code jsonl}; returns the number of rows. {@code parquet} must not exist. */
    public static <T extends Record> long convert(Path jsonl, Path parquet, Class<T> rowType) throws IOException {
        return convert(jsonl, parquet, rowType, row -> {});
    }

    /**
     * As {@link #convert(Path, Path, Class)}, handing each row to {@code observer} on the way (on the
     * calling thread, in file order). Workers parse batches of lines; this thread encodes them in order.
     */
    public static <T extends Record> long convert(Path jsonl, Path parquet, Class<T> rowType, Consumer<T> observer)
            throws IOException {
        ObjectReader reader = JsonLines.mapper().readerFor(rowType);
        long[] rows = {0};
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
                CarpetWriter<T> out = writer(parquet, rowType);
                InOrder<List<T>> parsed = new InOrder<>("parse-" + parquet.getFileName(), batch -> {
                    for (T row : batch) {
                        observer.accept(row);
                        out.write(row);
                        rows[0]++;
                    }
                })) {
            parsed.submitLines(in, BATCH, lines -> parse(lines, reader));
            parsed.finish();
        }
        return rows[0];
    }

    private static <T> List<T> parse(List<String> lines, ObjectReader reader) {
        List<T> rows = new ArrayList<>(lines.size());
        for (String line : lines) {
            rows.add(reader.readValue(line));
        }
        return rows;
    }
}
