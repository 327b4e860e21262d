package org.archivelistings.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The queries that aggregate staged rows into the people table ({@code people.sql}) and, through
 * {@link DocumentsAggregation}, the documents table ({@code documents-*.sql}), kept as readable SQL files
 * beside this class and run by the embedded engine. Each takes table expressions (a view name or
 * {@code read_parquet(...)}) for its inputs.
 */
public final class Aggregations {
    private static final String PEOPLE = load("people.sql");

    private Aggregations() {}

    /** The people of {@code mentions} (final mention rows). */
    public static String people(String mentions) {
        return PEOPLE.replace("${mentions}", mentions);
    }

    static String load(String name) {
        try (InputStream in = Aggregations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Aggregations.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
