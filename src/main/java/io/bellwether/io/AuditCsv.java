package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.AuditEvent;
import java.io.IOException;
import java.io.Writer;

/**
 * Audit events as RFC 4180 CSV: the {@link AuditEventJson#COLUMNS} header, one row per event, the
 * details as compact JSON in one cell. Cells with a comma, quote or line break are quoted.
 */
public final class AuditCsv {
    private AuditCsv() {
    }

    public static void writeHeader(Writer out) throws IOException {
        out.write(String.join(",", AuditEventJson.COLUMNS));
        out.write("\r\n");
    }

    public static void writeRow(Writer out, AuditEvent event) throws IOException {
        ObjectNode node = AuditEventJson.write(event);
        StringBuilder row = new StringBuilder();
        for (String column : AuditEventJson.COLUMNS) {
            if (row.length() > 0) {
                row.append(',');
            }
            String text = column.equals("details") ? node.get(column).toString() : node.get(column).asText();
            row.append(cell(text));
        }
        out.write(row.append("\r\n").toString());
    }

    static String cell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
