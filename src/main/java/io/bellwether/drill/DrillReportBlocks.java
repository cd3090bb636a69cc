package io.bellwether.drill;

import io.bellwether.domain.Durations;
import io.bellwether.drill.ReportBlock.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The drill report's content as blocks, in order: what the Markdown export writes and the console lays out. */
public final class DrillReportBlocks {
    private DrillReportBlocks() {
    }

    public static List<ReportBlock> of(DrillReport r) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.of(Kind.TITLE, "Drill report: " + r.scenario()));
        if (!r.description().isBlank()) {
            blocks.add(ReportBlock.of(Kind.PARAGRAPH, r.description()));
        }
        blocks.add(ReportBlock.of(Kind.PARAGRAPH, "**" + (r.passed() ? "PASSED" : "FAILED") + "**: " + r.verdict()));
        blocks.add(new ReportBlock(Kind.TABLE, summary(r)));
        blocks.add(ReportBlock.of(Kind.HEADING, "Injected faults"));
        List<List<String>> faults = new ArrayList<>(List.of(List.of("Fault", "Kind", "Onset", "End")));
        for (InjectedFault fault : r.faults()) {
            faults.add(List.of(fault.description(), fault.kind().toString(), offset(r, fault.onset(), "did not begin"),
                    offset(r, fault.end(), fault.onset() == null ? "-" : "still active")));
        }
        blocks.add(new ReportBlock(Kind.TABLE, faults));
        blocks.add(ReportBlock.of(Kind.HEADING, "Canary progress"));
        if (r.promotions().isEmpty()) {
            blocks.add(ReportBlock.of(Kind.PARAGRAPH, "The canary stayed at its first stage."));
        }
        for (Moment p : r.promotions()) {
            blocks.add(ReportBlock.of(Kind.BULLET, Durations.format(p.sinceStart()) + ": " + p.by() + " (traffic "
                    + Math.round(p.traffic() * 100) + "%)"));
        }
        blocks.add(ReportBlock.of(Kind.HEADING, "Rollback Decision Tree"));
        List<List<String>> checklist = new ArrayList<>(List.of(List.of("Question", "Answer", "Evidence")));
        for (ChecklistItem item : r.checklist()) {
            checklist.add(List.of(item.question(), item.answer().value(), item.evidence()));
        }
        blocks.add(new ReportBlock(Kind.TABLE, checklist));
        return blocks;
    }

    private static List<List<String>> summary(DrillReport r) {
        return List.of(List.of("", ""),
                List.of("Mode", r.mode().name().toLowerCase(Locale.ROOT)),
                List.of("Seed", Long.toString(r.seed())),
                List.of("Metrics", r.metricsSource()),
                List.of("Simulated time", r.start() + " to " + r.end() + " ("
                        + Durations.format(Duration.between(r.start(), r.end())) + ", " + r.windows() + " windows)"),
                List.of("Deployment", "`" + r.deploymentId() + "`, final status " + r.finalStatus().value()),
                List.of("Engine rolled back" + (r.mode() == DrillMode.OPERATOR ? " (would have)" : ""),
                        moment(r.engineRollback())),
                List.of("Operator rolled back", r.mode() == DrillMode.AUTOMATIC ? "absent (headless drill)"
                        : moment(r.operatorRollback())),
                List.of("Detection time (engine)", Durations.format(r.detectionTime())),
                List.of("Detection time (operator)", Durations.format(r.operatorDetectionTime())),
                List.of("Windows without data", r.windowsWithoutData() + " (promotions during them: "
                        + r.promotionsWithoutData() + ", marked healthy: " + r.healthyWithoutData() + ")"));
    }

    private static String moment(Moment moment) {
        if (moment == null) {
            return "no";
        }
        String reasons = moment.reasons().isEmpty() ? "" : ": " + String.join("; ", moment.reasons());
        return Durations.format(moment.sinceStart()) + " into the drill, at stage " + (moment.stage() + 1) + " ("
                + Math.round(moment.traffic() * 100) + "% traffic), by " + moment.by() + reasons;
    }

    private static String offset(DrillReport r, Instant at, String absent) {
        return at == null ? absent : Durations.format(Duration.between(r.start(), at));
    }
}
