package org.archivelistings.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableEnginePublishTest {
    private static final String ROWS = "SELECT range AS id, 'title ' || range AS title FROM range(200000)";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void theDigestTakenWhileWritingIsTheFilesSha256(OutputFormat format) throws Exception {
        Path file = dir.resolve("t." + format.name().toLowerCase());
        Path plain = dir.resolve("plain." + format.name().toLowerCase());
        try (TableEngine db = new TableEngine(dir.resolve("scratch"), "256MB", 2)) {
            WrittenFile written = db.publish(ROWS, file, format);
            db.copy(ROWS, plain, format);
            assertEquals(FileDigest.sha256(file), written.sha256());
            assertEquals(Files.size(file), written.bytes());
            assertTrue(written.bytes() > 100_000, "the rows reached the file: " + written.bytes());
            // Through the pipe or not, the engine writes the same bytes.
            assertEquals(FileDigest.sha256(plain), written.sha256());
            assertEquals(written, WrittenFile.load(file).orElseThrow());
            assertEquals(List.of(), pipesIn(dir), "the pipe is removed");
        }
    }

    @Test
    void aFailedQueryLeavesNoFileNoDigestAndDoesNotHang() throws Exception {
        Path file = dir.resolve("t.parquet");
        try (TableEngine db = new TableEngine(dir.resolve("scratch"), "256MB", 2)) {
            db.publish(ROWS, file, OutputFormat.PARQUET);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(SQLException.class,
                    () -> db.publish("SELECT no_such_column FROM range(3)", file, OutputFormat.PARQUET)));
            assertThrows(SQLException.class, () -> db.publish("SELECT error('mid-write') FROM range(100000) "
                    + "WHERE range = 99999", file, OutputFormat.JSONL));
            assertFalse(Files.exists(file), "no half-written file");
            assertFalse(Files.exists(WrittenFile.sidecar(file)), "no digest of an earlier file");
            assertTrue(db.publish("SELECT 1 AS one", file, OutputFormat.JSONL).bytes() > 0, "the engine still works");
        }
    }

    @RepeatedTest(20)
    void failuresOneAfterAnotherLeaveNoPipeOrFileBehind() throws Exception {
        // a failed write's pipe is released by a thread of its own: it must not race the next write's pipe
        Path file = dir.resolve("t.jsonl");
        try (TableEngine db = new TableEngine(dir.resolve("scratch"), "256MB", 2)) {
            for (int i = 0; i < 3; i++) {
                assertThrows(SQLException.class, () -> db.publish("SELECT no_such_column FROM range(3)", file,
                        OutputFormat.JSONL));
            }
            WrittenFile written = db.publish(ROWS, file, OutputFormat.JSONL);
            assertEquals(FileDigest.sha256(file), written.sha256());
            assertTrue(written.bytes() > 100_000, "the rows reached the file: " + written.bytes());
        }
        Thread.sleep(50); // give a late release thread the time to do harm
        assertEquals(List.of(), pipesIn(dir), "no pipe and no file in a pipe's place");
    }

    @Test
    void aDigestDoesNotOutliveAChangeOfTheFile() throws Exception {
        Path file = dir.resolve("t.jsonl");
        try (TableEngine db = new TableEngine(dir.resolve("scratch"), "256MB", 1)) {
            db.publish(ROWS, file, OutputFormat.JSONL);
        }
        Files.writeString(file, "{\"id\":1}\n");
        assertTrue(WrittenFile.load(file).isEmpty(), "a file of another length is hashed again");
    }

    private static List<String> pipesIn(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pipe")).sorted().toList();
        }
    }
}
