package org.archivelistings.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SavedPageFileTest {
    static final String PAGE = "Skip to content\n\nSeptember 16, 1956\n\nCable from Cde. Mikoyan — “Kim Il Sung’s” Choe Yong-geon, Ch'oe Yong-gŏn\n";

    @TempDir
    Path dir;

    private String readAll(Path file, String encoding) throws IOException {
        try (SavedPageFile f = SavedPageFile.open(file, file.getFileName().toString(), encoding)) {
            SavedPage page = f.next();
            StringBuilder sb = new StringBuilder();
            String line;
            while ((line = page.text().readLine()) != null) {
                sb.append(line).append('\n');
            }
            assertThat(f.next()).isNull();
            return sb.toString();
        }
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, false", "UTF-8, true", "UTF-16LE, true", "UTF-16BE, true"})
    void decodesUnicodeWithAndWithoutByteOrderMark(String charset, boolean bom) throws IOException {
        Charset cs = Charset.forName(charset);
        byte[] body = PAGE.getBytes(cs);
        byte[] mark = !bom ? new byte[0] : switch (charset) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> new byte[] {(byte) 0xFE, (byte) 0xFF};
        };
        Path f = dir.resolve("page.txt");
        Files.write(f, concat(mark, body));
        assertThat(readAll(f, "auto")).isEqualTo(PAGE);
    }

    @Test
    void detectsWindows1252WhenTheBytesAreNotUtf8() throws IOException {
        String text = "Skip to content\n\nJuly 9, 1965\n\nNote on a Conversation — “Comrade” Jeleń's café\n";
        Path f = dir.resolve("page.txt");
        Files.write(f, text.replace("ń", "n").getBytes(Charset.forName("windows-1252")));
        try (SavedPageFile page = SavedPageFile.open(f, "page.txt", "auto")) {
            assertThat(page.charset().name()).isEqualTo("windows-1252");
        }
        assertThat(readAll(f, "auto")).isEqualTo(text.replace("ń", "n"));
    }

    @Test
    void anEncodingSetPerJobWins() throws IOException {
        Path f = dir.resolve("page.txt");
        Files.write(f, "Gyula Horn, Magyarország\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(readAll(f, "ISO-8859-1")).isEqualTo("Gyula Horn, Magyarország\n");
    }

    @Test
    void readsCrAndCrlfLineEnds() throws IOException {
        Path f = dir.resolve("page.txt");
        Files.writeString(f, "a\r\nb\rc\n");
        assertThat(readAll(f, "auto")).isEqualTo("a\nb\nc\n");
    }

    @Test
    void readsOnePageALineFromJsonLines() throws IOException {
        Path f = dir.resolve("pages.jsonl");
        Files.writeString(f, "{\"id\":\"p1\",\"text\":\"one\\ntwo\"}\n\n{\"text\":\"three\"}\nnot json\n{\"id\":\"p4\"}\n");
        try (SavedPageFile file = SavedPageFile.open(f, "pages.jsonl", "auto")) {
            SavedPage first = file.next();
            assertThat(first.page()).isEqualTo("p1");
            assertThat(first.text().readLine()).isEqualTo("one");
            assertThat(file.next().page()).isEqualTo("line 3");
            assertThatThrownBy(file::next).isInstanceOf(SavedPageFile.MalformedPageException.class)
                    .satisfies(e -> assertThat(((SavedPageFile.MalformedPageException) e).line()).isEqualTo(4))
                    .hasMessageContaining("not a JSON object");
            assertThatThrownBy(file::next).hasMessageContaining("no \"text\" field");
            assertThat(file.next()).isNull();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
