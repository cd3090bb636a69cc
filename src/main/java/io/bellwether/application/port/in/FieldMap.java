package io.bellwether.application.port.in;

import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered map of wire names to values, written as key/value pairs (values may be null). */
public final class FieldMap {
    private FieldMap() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }
}
