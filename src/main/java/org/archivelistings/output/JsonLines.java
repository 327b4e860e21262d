package org.archivelistings.output;

import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The JSON settings every table shares, so that JSON Lines and Parquet twins have the same column names:
 * snake_case names, ISO dates, nulls written (a column a notebook expects is never missing from a row).
 */
public final class JsonLines {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Generated accessors instead of reflection: the later steps read every staged row back.
            .addModule(new BlackbirdModule())
            .addModule(new SimpleModule("iso-dates").addSerializer(LocalDate.class, new DateSerializer())
                    .addDeserializer(LocalDate.class, new DateDeserializer()))
            .build();

    private JsonLines() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** One JSON object on one line (no line end). */
    public static String line(Object row) {
        return MAPPER.writeValueAsString(row);
    }

    /**
     * ISO dates read by hand: java.time's formatter was a tenth of the time spent reading the staged
     * tables back (JFR). Anything but yyyy-MM-dd goes to {@link LocalDate#parse}.
     */
    private static final class DateDeserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String s = p.getString();
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                int y = digits(s, 0, 4);
                int m = digits(s, 5, 7);
                int d = digits(s, 8, 10);
                if (y >= 0 && m >= 0 && d >= 0) {
                    return LocalDate.of(y, m, d);
                }
            }
            return LocalDate.parse(s);
        }

        private static int digits(String s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }

    /** LocalDate's own toString is ISO already, and builds the text without a formatter. */
    private static final class DateSerializer extends ValueSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }
}
