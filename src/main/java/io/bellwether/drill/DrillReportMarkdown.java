package io.bellwether.drill;

import java.time.Duration;
import java.time.Instant;

/** The drill report as Markdown, for a review or a ticket. */
public final class DrillReportMarkdown {
    private DrillReportMarkdown() {
    }

    public static String write(DrillReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Drill report: ").append(r.scenario()).append("\n\n");
        if (!r.description().isBlank()) {
            md.append(r.description()).append("\n\n");
        }
        md.append("**").append(r.passed() ? "PASSED" : "FAILED").append("**: ").append(r.verdict()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Mode", r.mode().name().toLowerCase(java.util.Locale.ROOT));
        row(md, "Seed", Long.toString(r.seed()));
        row(md, "Simulated time", r.start() + " to " + r.end() + " (" + Durations.format(Duration.between(r.start(),
                r.end())) + ", " + r.windows() + " windows)");
        row(md, "Deployment", "`" + r.deploymentId() + "`, final status " + r.finalStatus().value());
        row(md, "Engine rolled back" + (r.mode() == DrillMode.OPERATOR ? " (would have)" : ""), moment(r.engineRollback()));
        row(md, "Operator rolled back", r.mode() == DrillMode.AUTOMATIC ? "absent (headless drill)"
                : moment(r.operatorRollback()));
        row(md, "Detection time (engine)", Durations.format(r.detectionTime()));
        row(md, "Detection time (operator)", Durations.format(r.operatorDetectionTime()));
        row(md, "Windows without data", r.windowsWithoutData() + " (promotions during them: "
                + r.promotionsWithoutData() + ", marked healthy: " + r.healthyWithoutData() + ")");

        md.append("\n## Injected faults\n\n| Fault | Kind | Onset | End |\n|---|---|---|---|\n");
        for (InjectedFault fault : r.faults()) {
            md.append("| ").append(fault.description()).append(" | ").append(fault.kind()).append(" | ")
                    .append(offset(r, fault.onset(), "did not begin")).append(" | ")
                    .append(offset(r, fault.end(), fault.onset() == null ? "-" : "still active")).append(" |\n");
        }
        md.append("\n## Canary progress\n\n");
        if (r.promotions().isEmpty()) {
            md.append("The canary stayed at its first stage.\n");
        }
        for (Moment p : r.promotions()) {
            md.append("- ").append(Durations.format(p.sinceStart())).append(": ").append(p.by())
                    .append(" (traffic ").append(Math.round(p.traffic() * 100)).append("%)\n");
        }
        md.append("\n## Rollback Decision Tree\n\n| Question | Answer | Evidence |\n|---|---|---|\n");
        for (ChecklistItem item : r.checklist()) {
            md.append("| ").append(item.question()).append(" | ").append(item.answer().value()).append(" | ")
                    .append(item.evidence().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    private static String moment(Moment moment) {
        if (moment == null) {
            return "no";
        }
        String reasons = moment.reasons().isEmpty() ? "" : ": " + String.join("; ", moment.reasons());
        return Durations.format(moment.sinceStart()) + " into the drill, at stage " + moment.stage() + " ("
                + Math.round(moment.traffic() * 100) + "% traffic), by " + moment.by() + reasons;
    }

    private static String offset(DrillReport r, Instant at, String absent) {
        return at == null ? absent : Durations.format(Duration.between(r.start(), at));
    }
}
