package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.io.AuditEventJson;
import io.bellwether.io.AuditExportFormat;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.OwnerOnlyFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether audit list|verify|anchor|report|export}. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The tamper-evident audit trail: list, verify, compliance report, export.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {AuditCommand.ListEvents.class, AuditVerifyCommand.class, AuditAnchorCommand.class,
                AuditCommand.Report.class, AuditCommand.Export.class})
public final class AuditCommand extends CommandGroup {
    /** The filters of {@code list} and {@code export}. */
    static final class Filters {
        @Option(names = "--type", description = "Event type, e.g. model_rolled_back") String type;
        @Option(names = "--user") String user;
        @Option(names = "--severity", description = "info, warning, error or critical") String severity;
        @Option(names = "--resource", description = "Resource id, e.g. a deployment id") String resource;
        @Option(names = "--from", description = "ISO instant, e.g. 2026-03-14T00:00:00Z") Instant from;
        @Option(names = "--to", description = "ISO instant (inclusive)") Instant to;

        AuditQuery query() {
            return new AuditQuery(type == null ? null : EventType.fromValue(type), user,
                    severity == null ? null : EventSeverity.fromValue(severity), resource, from, to);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists events, oldest first.")
    static final class ListEvents extends WorkspaceCommand {
        @ArgGroup(exclusive = false) Filters filters = new Filters();

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            String format = "%6s  %-27s  %-8s  %-27s  %-24s  %-40s  %s%n";
            out.printf(format, "SEQ", "TIME", "SEVERITY", "TYPE", "USER", "RESOURCE", "ACTION");
            for (AuditEvent e : workspace.audit().query(filters.query())) {
                out.printf(format, e.sequence(), e.timestamp(), e.severity(), e.type(), e.user(), e.resourceId(),
                        e.action());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Compliance report (counts by type, severity and user; critical events) as JSON.")
    static final class Report extends WorkspaceCommand {
        @Option(names = "--from", description = "ISO instant") Instant from;
        @Option(names = "--to", description = "ISO instant (inclusive)") Instant to;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            out.println(JsonFiles.write(AuditEventJson.write(workspace.audit().complianceReport(from, to))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Exports events as JSON or CSV.")
    static final class Export extends WorkspaceCommand {
        @ArgGroup(exclusive = false) Filters filters = new Filters();
        @Option(names = "--format", defaultValue = "json", description = "json or csv (default ${DEFAULT-VALUE})")
        String format;
        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output")
        Path file;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            if (!format.equals("json") && !format.equals("csv")) {
                throw new io.bellwether.domain.InvalidInputException("format", format, "must be json or csv");
            }
            AuditExportFormat chosen = format.equals("csv") ? AuditExportFormat.CSV : AuditExportFormat.JSON;
            List<AuditEvent> events = workspace.audit().query(filters.query());
            if (file == null) {
                chosen.write(events, out);
            } else {
                try (Writer writer = OwnerOnlyFiles.newWriter(file)) {
                    chosen.write(events, writer);
                }
                out.println("exported " + events.size() + " events to " + file);
            }
            return ExitCodes.OK;
        }
    }
}
