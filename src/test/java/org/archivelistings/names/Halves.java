package org.archivelistings.names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The dev / check halves of a gold file: check when the first byte of SHA-1(key) is odd (../shared/tools/half). */
final class Halves {
    private Halves() {}

    static boolean isCheck(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return (d[0] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
