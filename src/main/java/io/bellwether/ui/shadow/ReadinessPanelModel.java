package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowReport;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/** The readiness verdict of the shown report under the two editable criteria. */
public final class ReadinessPanelModel {
    private final DoubleProperty minAgreementRate = new SimpleDoubleProperty(0.95);
    private final DoubleProperty maxP95Ratio = new SimpleDoubleProperty(1.2);
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
        verdict.set(report == null ? "" : "Verdict pending");
    }

    public DoubleProperty minAgreementRateProperty() {
        return minAgreementRate;
    }

    public DoubleProperty maxP95RatioProperty() {
        return maxP95Ratio;
    }

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
