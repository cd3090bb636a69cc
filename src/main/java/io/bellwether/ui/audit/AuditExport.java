package io.bellwether.ui.audit;

import io.bellwether.domain.AuditEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes audit events to a file; the audit screen exports through this, not through a concrete format. */
@FunctionalInterface
public interface AuditExport {

    enum Format { JSON, CSV }

    void write(List<AuditEvent> events, Format format, Path target) throws IOException;
}
