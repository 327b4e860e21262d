package org.archivelistings.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The queries that aggregate staged rows into the documents and people tables, kept as readable SQL
 * files beside this class ({@code documents.sql}, {@code people.sql}) and run by the embedded engine.
 * Each takes table expressions (a view name or {@code read_parquet(...)}) for its inputs.
 */
public final class Aggregations {
    private static final String DOCUMENTS = load("documents.sql");
    private static final String PEOPLE = load("people.sql");

    private Aggregations() {}

    /** The documents of {@code sightings} (final sightings rows) with {@code keys} (their {@link SightingKeys}). */
    public static String documents(String sightings, String keys) {
        return DOCUMENTS.replace("${sightings}", sightings).replace("${keys}", keys);
    }

    /** The people of {@code mentions} (final mention rows). */
    public static String people(String mentions) {
        return PEOPLE.replace("${mentions}", mentions);
    }

    private static String load(String name) {
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
