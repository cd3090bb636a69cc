package io.bellwether.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bellwether.domain.InvalidInputException;
import java.util.Map;

/**
 * The one Jackson configuration of Bellwether. NaN and Infinity are read as numbers (Python's json
 * module writes them) so that the domain can refuse them by field name rather than the parser by
 * position; times are ISO-8601 text. What is stored is written compact with map keys sorted, so
 * equal content gives equal text (the audit chain hashes it).
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final ObjectWriter STORED = MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** JSON text of {@code value}; {@code field} names it in the error when it cannot be written. */
    public static String write(String field, Object value) {
        try {
            return STORED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(field, value, "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    public static Map<String, Object> readMap(String json) {
        return read(json, MAP);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
