package io.bellwether.ui.drill;

import io.bellwether.domain.Durations;
import io.bellwether.drill.DrillReport;
import io.bellwether.drill.Moment;
import io.bellwether.ui.common.DisplayFormats;

/** The two lines the report pane leads with: when the operator rolled back, and when the engine would have. */
final class ReportSummary {
    private ReportSummary() {
    }

    static String operator(DrillReport report) {
        Moment moment = report.operatorRollback();
        if (moment == null) {
            return "The operator did not roll back";
        }
        return "Operator " + moment.by() + " rolled back at " + DisplayFormats.time(moment.at()) + " ("
                + Durations.format(moment.sinceStart()) + " into the drill; detection "
                + Durations.format(report.operatorDetectionTime()) + " after the first fault): "
                + String.join("; ", moment.reasons());
    }

    static String engine(DrillReport report) {
        Moment moment = report.engineRollback();
        if (moment == null) {
            return "The engine would not have rolled back";
        }
        return DrillStatus.engine(moment) + " (detection " + Durations.format(report.detectionTime())
                + " after the first fault)";
    }
}
