package io.bellwether.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.bellwether.application.service.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole JSON files and JSON text shown to people, with the workspace's one Jackson configuration
 * ({@link Json#mapper()}), written indented.
 */
public final class JsonFiles {
    public static final ObjectMapper MAPPER = Json.mapper();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private JsonFiles() {
    }

    /** Parses a whole file; a syntax error becomes an {@link InvalidJsonException} with line and column. */
    public static JsonNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static JsonNode read(InputStream in) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new InvalidJsonException(1, 1, "the file is empty");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidJsonException(at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
        }
    }

    /** A generator writing what {@link #write} would, indented alike; closing it flushes {@code out}, not closes it. */
    public static JsonGenerator prettyGenerator(Writer out) throws IOException {
        JsonGenerator generator = PRETTY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    public static String write(Object nodeOrValue) {
        try {
            return PRETTY.writeValueAsString(nodeOrValue);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

}
