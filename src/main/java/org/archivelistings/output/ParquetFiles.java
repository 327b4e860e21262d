package org.archivelistings.output;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.ColumnNamingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/** Parquet files written from row records, with the settings every staged and final table shares. */
public final class ParquetFiles {
    private static final List<String> FREE_TEXT = List.of("record_key", "title", "title_raw", "summary", "summary_raw",
            "raw_text", "document_id", "text", "sha256", "title_key", "summary_key");
    /** Prose: nobody filters on its minimum and maximum, and comparing every value cost a tenth of the writing. */
    private static final List<String> PROSE = List.of("title", "title_raw", "summary", "summary_raw", "raw_text",
            "title_key", "summary_key");

    private ParquetFiles() {}

    /** A writer of {@code rowType} rows to {@code parquet}, replacing any file there. */
    public static <T extends Record> CarpetWriter<T> writer(Path parquet, Class<T> rowType) throws IOException {
        Files.deleteIfExists(parquet);
        CarpetWriter.Builder<T> builder = new CarpetWriter.Builder<>(new LocalOutputFile(parquet), rowType)
                .withColumnNamingStrategy(ColumnNamingStrategy.SNAKE_CASE)
                .withCompressionCodec(CompressionCodecName.SNAPPY);
        for (String column : FREE_TEXT) {
            // Nearly every value is distinct: a dictionary only costs lookups, then falls back anyway.
            builder.withDictionaryEncoding(column, false);
        }
        for (String column : PROSE) {
            builder.withStatisticsEnabled(column, false);
        }
        return builder.build();
    }

    /**
     * A writer for staged parts: no dictionaries, no statistics (neither min/max nor the size histograms),
     * no page checksums, which only cost time in a file that holds one chunk and is read once, whole, by
     * the engine (which encodes the final tables its own way). Snappy stays: uncompressed parts were five
     * times the bytes for no measurable saving (docs/performance.md, 2026-12-04, session 25).
     */
    public static <T extends Record> CarpetWriter<T> partWriter(Path parquet, Class<T> rowType) throws IOException {
        Files.deleteIfExists(parquet);
        return new CarpetWriter.Builder<>(new LocalOutputFile(parquet), rowType)
                .withColumnNamingStrategy(ColumnNamingStrategy.SNAKE_CASE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withDictionaryEncoding(false)
                .withStatisticsEnabled(false)
                .withSizeStatisticsEnabled(false)
                .withPageWriteChecksumEnabled(false)
                .build();
    }

    /** Writes {@code rows} to {@code parquet} (an empty list gives a file with the columns and no rows). */
    public static <T extends Record> void write(Path parquet, Class<T> rowType, Iterable<? extends T> rows)
            throws IOException {
        try (CarpetWriter<T> out = writer(parquet, rowType)) {
            for (T row : rows) {
                out.write(row);
            }
        }
    }
}
