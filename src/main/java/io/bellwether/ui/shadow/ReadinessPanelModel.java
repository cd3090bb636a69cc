package io.bellwether.ui.shadow;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowReport;
import io.bellwether.domain.ShadowVerdict;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The readiness verdict (the engine's {@link ReadinessCriteria}) on the shown report, with the two
 * criteria editable; the verdict follows every change of report or criteria.
 */
public final class ReadinessPanelModel {
    private final DoubleProperty minAgreementRate = new SimpleDoubleProperty(ReadinessCriteria.DEFAULTS.minAgreementRate());
    private final DoubleProperty maxP95Ratio = new SimpleDoubleProperty(ReadinessCriteria.DEFAULTS.maxP95Ratio());
    private final ReadOnlyObjectWrapper<Boolean> ready = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper agreementCriterion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latencyCriterion = new ReadOnlyStringWrapper("");
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
            ready.set(null);
            verdict.set("");
            agreementCriterion.set("");
            latencyCriterion.set("");
            return;
        }
        ShadowVerdict result;
        try {
            result = new ReadinessCriteria(minAgreementRate.get(), maxP95Ratio.get()).judge(report);
        } catch (InvalidInputException e) {
            ready.set(null);
            verdict.set("Criteria refused: " + e.getMessage());
            return;
        }
        ready.set(result.ready());
        verdict.set(result.headline());
        agreementCriterion.set(mark(result.agreementPassed()) + " " + result.agreementCriterion());
        latencyCriterion.set(mark(result.latencyPassed()) + " " + result.latencyCriterion());
    }

    private static String mark(boolean passed) {
        return passed ? "✓" : "✗";
    }

    public DoubleProperty minAgreementRateProperty() {
        return minAgreementRate;
    }

    public DoubleProperty maxP95RatioProperty() {
        return maxP95Ratio;
    }

    /** Null while there is nothing to judge. */
    public ReadOnlyObjectProperty<Boolean> readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agreementCriterionProperty() {
        return agreementCriterion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latencyCriterionProperty() {
        return latencyCriterion.getReadOnlyProperty();
    }
}
