package org.archivelistings.pages;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Picks the charset of a saved page: a byte-order mark wins; then text that decodes as UTF-8 is UTF-8;
 * otherwise ICU's detector chooses among the single-byte charsets pages are saved in (Windows-1252,
 * Latin-1). Only a sample of the head is examined, so a huge file is never loaded.
 */
final class TextDecoding {
    private static final int SAMPLE = 8 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Decoded(BufferedReader reader, Charset charset) {}

    private TextDecoding() {}

    static Decoded open(InputStream raw, String encoding) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE);
        in.mark(SAMPLE);
        byte[] head = in.readNBytes(SAMPLE);
        in.reset();
        Charset charset;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (encoding != null && !encoding.isBlank() && !"auto".equalsIgnoreCase(encoding)) {
            charset = Charset.forName(encoding.trim());
        } else {
            charset = guess(head);
        }
        in.skipNBytes(bom);
        // Malformed bytes become U+FFFD rather than an exception mid-page: the rest of the page still reads.
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Decoded(new BufferedReader(new InputStreamReader(in, decoder), 16 * 1024), charset);
    }

    private static Charset guess(byte[] head) {
        if (isUtf8(head)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(head);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (name.equals("windows-1252") || name.equals("ISO-8859-1")) {
                return WINDOWS_1252; // a superset of Latin-1's printable range: never worse
            }
            if (Charset.isSupported(name) && !name.startsWith("UTF-")) {
                return Charset.forName(name);
            }
        }
        return WINDOWS_1252;
    }

    private static boolean isUtf8(byte[] head) {
        // The sample may end inside a multi-byte sequence: drop up to three trailing bytes of it.
        int end = head.length;
        for (int i = 0; i < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; i++) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
