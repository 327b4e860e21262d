package org.archivelistings.output;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings every table shares, so that JSON Lines and Parquet twins have the same column names:
 * snake_case names, ISO dates, nulls written (a column a notebook expects is never missing from a row).
 */
public final class JsonLines {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonLines() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** One JSON object on one line (no line end). */
    public static String line(Object row) {
        return MAPPER.writeValueAsString(row);
    }
}
