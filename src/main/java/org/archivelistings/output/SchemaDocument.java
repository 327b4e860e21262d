package org.archivelistings.output;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the schema document (docs/schema.md) from the row records themselves, so the files and their
 * documentation cannot drift apart: a test compares the committed document with this output.
 */
public final class SchemaDocument {
    private SchemaDocument() {}

    /** The whole document, in Markdown. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Output schema\n\n")
                .append("Generated from the row records in `org.archivelistings.output` by\n")
                .append("`java -jar target/archive-listings.jar schema > docs/schema.md`; a test fails when this file\n")
                .append("and the code disagree. Every table is written twice with the same columns: `NAME.parquet`\n")
                .append("and `NAME.jsonl` (one JSON object a line, dates as ISO `YYYY-MM-DD` strings, nulls written).\n")
                .append("Types are given as Parquet logical type / DuckDB type. `not null` marks columns that always\n")
                .append("hold a value.\n");
        for (Table table : Table.values()) {
            md.append("\n## ").append(table.fileBase()).append("\n\n");
            Doc doc = table.rowType().getAnnotation(Doc.class);
            if (doc != null) {
                md.append(doc.value()).append("\n\n");
            }
            md.append("| column | type | meaning |\n| --- | --- | --- |\n");
            for (String[] row : columns(table.rowType())) {
                md.append("| `").append(row[0]).append("` | ").append(row[1]).append(" | ").append(row[2]).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Each column of {@code type}: name, type, meaning. */
    public static List<String[]> columns(Class<? extends Record> type) {
        List<String[]> rows = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Doc doc = c.getAnnotation(Doc.class);
            String meaning = doc == null ? "" : doc.value().replace("|", "\\|");
            String nullness = c.getType().isPrimitive() ? ", not null" : "";
            rows.add(new String[] {snake(c.getName()), typeName(c.getGenericType()) + nullness, meaning});
        }
        return rows;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String typeName(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type element = p.getActualTypeArguments()[0];
            if (element instanceof Class<?> c && c.isRecord()) {
                List<String> fields = new ArrayList<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    fields.add(snake(rc.getName()) + " " + duck(rc.getGenericType()));
                }
                return "LIST of STRUCT / STRUCT(" + String.join(", ", fields) + ")[]";
            }
            return "LIST of " + parquet(element) + " / " + duck(element) + "[]";
        }
        return parquet(type) + " / " + duck(type);
    }

    private static String parquet(Type t) {
        if (t == String.class) return "STRING";
        if (t == int.class || t == Integer.class) return "INT32";
        if (t == long.class || t == Long.class) return "INT64";
        if (t == boolean.class || t == Boolean.class) return "BOOLEAN";
        if (t == double.class || t == Double.class) return "DOUBLE";
        if (t == LocalDate.class) return "DATE";
        throw new IllegalArgumentException("no Parquet type for " + t);
    }

    private static String duck(Type t) {
        if (t == String.class) return "VARCHAR";
        if (t == int.class || t == Integer.class) return "INTEGER";
        if (t == long.class || t == Long.class) return "BIGINT";
        if (t == boolean.class || t == Boolean.class) return "BOOLEAN";
        if (t == double.class || t == Double.class) return "DOUBLE";
        if (t == LocalDate.class) return "DATE";
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return duck(p.getActualTypeArguments()[0]) + "[]";
        }
        if (t instanceof Class<?> c && c.isRecord()) {
            List<String> fields = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                fields.add(snake(rc.getName()) + " " + duck(rc.getGenericType()));
            }
            return "STRUCT(" + String.join(", ", fields) + ")";
        }
        throw new IllegalArgumentException("no DuckDB type for " + t);
    }
}
