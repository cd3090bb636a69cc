package io.bellwether.io;

import io.bellwether.domain.AuditEvent;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** How {@code bellwether audit export} and the audit screen write events: CSV with its header, or a JSON array. */
public enum AuditExportFormat {
    JSON, CSV;

    /** Writes {@code events} and flushes; the writer stays open. */
    public void write(List<AuditEvent> events, Writer writer) throws IOException {
        if (this == CSV) {
            AuditCsv.writeHeader(writer);
            for (AuditEvent event : events) {
                AuditCsv.writeRow(writer, event);
            }
        } else {
            writer.write(JsonFiles.write(AuditEventJson.write(events)));
            writer.write(System.lineSeparator());
        }
        writer.flush();
    }
}
