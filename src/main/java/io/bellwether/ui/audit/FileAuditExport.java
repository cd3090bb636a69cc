package io.bellwether.ui.audit;

import io.bellwether.domain.AuditEvent;
import io.bellwether.io.AuditExportFormat;
import io.bellwether.io.OwnerOnlyFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Exports through the io package's audit formats, as {@code bellwether audit export} writes them. */
public final class FileAuditExport implements AuditExport {

    @Override
    public void write(List<AuditEvent> events, Format format, Path target) throws IOException {
        try (Writer writer = OwnerOnlyFiles.newWriter(target)) {
            AuditExportFormat.valueOf(format.name()).write(events, writer);
        }
    }
}
