package io.bellwether.ui.shadow;

import io.bellwether.domain.Disagreement;
import io.bellwether.io.ResultText;
import io.bellwether.ui.common.DisplayFormats;

/** One disagreement as the browser's table shows it; the results pretty-printed for the detail panes. */
public record DisagreementRow(Disagreement disagreement, String time, String primary, String shadow,
                              String primaryLatency, String shadowLatency, String difference) {

    static DisagreementRow of(Disagreement d) {
        double diffMs = d.latencyDifference() * 1000;
        return new DisagreementRow(d, DisplayFormats.time(d.timestamp()), ResultText.label(d.primaryResultJson()),
                ResultText.label(d.shadowResultJson()), DisplayFormats.millis(d.primaryLatency()),
                DisplayFormats.millis(d.shadowLatency()), (diffMs > 0 ? "+" : "") + DisplayFormats.decimal(diffMs, 1)
                        + " ms");
    }

    public String primaryPretty() {
        return ResultText.pretty(disagreement.primaryResultJson());
    }

    public String shadowPretty() {
        return ResultText.pretty(disagreement.shadowResultJson());
    }
}
