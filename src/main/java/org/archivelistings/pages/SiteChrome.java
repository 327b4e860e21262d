package org.archivelistings.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The site's chrome lines (resource chrome.txt), keyed by {@link LineText#key}: case and spacing ignored. */
final class SiteChrome {
    static final String SKIP = "skip to content";
    static final String POPULAR = "popular documents";
    static final String TIMELINE = "timeline";
    static final String NO_IMAGE = "no image found.";
    static final String SEPARATOR = "-";
    static final String BULLET = "•";

    private static final SiteChrome STANDARD = load();

    private final Set<String> keys;
    private final boolean[] lengths = new boolean[65];

    private SiteChrome(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        for (String key : keys) {
            if (key.length() >= lengths.length) {
                throw new IllegalStateException("chrome.txt: a line longer than " + (lengths.length - 1) + ": " + key);
            }
            lengths[key.length()] = true;
        }
    }

    /** Whether some chrome line has this many characters (a cheap test before building a key). */
    boolean hasLength(int length) {
        return length < lengths.length && lengths[length];
    }

    static SiteChrome standard() {
        return STANDARD;
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    private static SiteChrome load() {
        Set<String> keys = new HashSet<>();
        try (InputStream in = SiteChrome.class.getResourceAsStream("chrome.txt")) {
            if (in == null) {
                throw new IllegalStateException("chrome.txt is missing from the pages package");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(LineText.key(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String needed : new String[] {SKIP, POPULAR, TIMELINE, NO_IMAGE, SEPARATOR, BULLET}) {
            if (!keys.contains(needed)) {
                // The layouts depend on these lines by name: a chrome file without them is a broken build.
                throw new IllegalStateException("chrome.txt lacks \"" + needed + "\"");
            }
        }
        return new SiteChrome(keys);
    }
}
