package org.archivelistings.output;

import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.ColumnNamingStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private ParquetConverter() {}

    /** Writes {@code parquet} from {@code jsonl}; returns the number of rows. {@code parquet} must not exist. */
    public static <T extends Record> long convert(Path jsonl, Path parquet, Class<T> rowType) throws IOException {
        return convert(jsonl, parquet, rowType, row -> {});
    }

    /** As {@link #convert(Path, Path, Class)}, handing each row to {@code observer} on the way. */
    public static <T extends Record> long convert(Path jsonl, Path parquet, Class<T> rowType, Consumer<T> observer)
            throws IOException {
        ObjectReader reader = JsonLines.mapper().readerFor(rowType);
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
                CarpetWriter<T> out = new CarpetWriter.Builder<>(new LocalOutputFile(parquet), rowType)
                        .withColumnNamingStrategy(ColumnNamingStrategy.SNAKE_CASE)
                        .withCompressionCodec(CompressionCodecName.SNAPPY)
                        .build()) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    T row = reader.readValue(line);
                    observer.accept(row);
                    out.write(row);
                    rows++;
                }
            }
        }
        return rows;
    }
}
