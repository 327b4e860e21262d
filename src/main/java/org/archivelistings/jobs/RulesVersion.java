package org.archivelistings.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A fingerprint of what decides the rows: the project version, and every file (classes and rule
 * resources: word lists, tables, conventions) of the pure packages that turn text into rows. Two runs
 * with the same fingerprint make the same rows from the same input file, so an incremental run may carry
 * a file's rows over only when the previous run's fingerprint equals this one.
 *
 * <p>Form: {@code VERSION+HEX}, the hex being the first 16 digits of a SHA-256 over the version and each
 * file's path and bytes in path order. VERSION is the jar's Maven version, or {@code dev} when running
 * from a classes folder (tests, an IDE).
 */
public final class RulesVersion {
    /** The packages whose classes and resources make the rows; the jobs shell and the writers do not. */
    static final List<String> PACKAGES = List.of("dates", "merge", "names", "pages", "text");

    private static final String BASE = "org/archivelistings/";
    private static final String POM = "/META-INF/maven/org.archivelistings/archive-listings/pom.properties";

    private RulesVersion() {}

    /** The fingerprint of the running code and rules (computed once). */
    public static String current() {
        return Current.VALUE;
    }

    /** Computed lazily, so that loading the jobs package never hashes anything. */
    private static final class Current {
        static final String VALUE = of(projectVersion(), classpathRoot());
    }

    /**
     * The fingerprint of the packages found under {@code root}: a classes folder or a jar. Package
     * folders that do not exist there count as empty.
     */
    static String of(String projectVersion, Path root) {
        SortedMap<String, byte[]> files;
        try {
            files = Files.isDirectory(root) ? fromFolder(root) : fromJar(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + root, e);
        }
        MessageDigest sha = sha256();
        sha.update(projectVersion.getBytes(StandardCharsets.UTF_8));
        for (var file : files.entrySet()) {
            // Each name and length is framed, so that moving bytes between files changes the sum.
            byte[] name = file.getKey().getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(12).putInt(name.length).putLong(file.getValue().length).array());
            sha.update(name);
            sha.update(file.getValue());
        }
        return projectVersion + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static SortedMap<String, byte[]> fromFolder(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(BASE + pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    private static SortedMap<String, byte[]> fromJar(Path jar) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && PACKAGES.stream().anyMatch(p -> e.getName().startsWith(BASE + p + "/"))) {
                    try (InputStream in = zip.getInputStream(e)) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    /** The classes folder or the jar this class was loaded from (the pure packages sit beside it). */
    static Path classpathRoot() {
        String self = RulesVersion.class.getName().replace('.', '/') + ".class";
        URL url = RulesVersion.class.getClassLoader().getResource(self);
        try {
            if (url == null) {
                throw new IllegalStateException("cannot find " + self + " on the class path");
            }
            if (url.getProtocol().equals("jar")) {
                return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
            }
            if (url.getProtocol().equals("file")) {
                Path classFile = Path.of(url.toURI());
                Path root = classFile;
                for (int i = 0; i < self.split("/").length; i++) {
                    root = root.getParent();
                }
                return root;
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes behind " + url, e);
        }
        throw new IllegalStateException("cannot read the rules from " + url + " (neither a folder nor a jar)");
    }

    private static String projectVersion() {
        try (InputStream in = RulesVersion.class.getResourceAsStream(POM)) {
            if (in == null) {
                return "dev";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
