package io.bellwether.ui.shadow;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowReport;
import io.bellwether.ui.common.VerdictLines;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The readiness verdict (the engine's {@link ReadinessCriteria}) on the shown report, with the two
 * criteria editable; the verdict follows every change of report or criteria.
 */
public final class ReadinessPanelModel {
    private final DoubleProperty minAgreementRate = new SimpleDoubleProperty(ReadinessCriteria.DEFAULTS.minAgreementRate());
    private final DoubleProperty maxP95Ratio = new SimpleDoubleProperty(ReadinessCriteria.DEFAULTS.maxP95Ratio());
    private final ReadOnlyObjectWrapper<VerdictLines> verdict = new ReadOnlyObjectWrapper<>(VerdictLines.NONE);
    private ShadowReport report;

    ReadinessPanelModel() {
        minAgreementRate.addListener((obs, old, now) -> rejudge());
        maxP95Ratio.addListener((obs, old, now) -> rejudge());
    }

    void judge(ShadowReport shown) {
        this.report = shown;
        rejudge();
    }

    private void rejudge() {
        if (report == null) {
            verdict.set(VerdictLines.NONE);
            return;
        }
        try {
            verdict.set(VerdictLines.of(new ReadinessCriteria(minAgreementRate.get(), maxP95Ratio.get()).judge(report)));
        } catch (InvalidInputException e) {
            verdict.set(verdict.get().refused("Criteria refused: " + e.getMessage()));
        }
    }

    public DoubleProperty minAgreementRateProperty() {
        return minAgreementRate;
    }

    public DoubleProperty maxP95RatioProperty() {
        return maxP95Ratio;
    }

    public ReadOnlyObjectProperty<VerdictLines> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }
}
