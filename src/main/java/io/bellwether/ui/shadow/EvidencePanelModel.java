package io.bellwether.ui.shadow;

import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowEvidenceText;
import io.bellwether.domain.ShadowEvidenceText.Figure;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The statistical evidence shown beside the guide's verdict (Shadow and Review tabs): the figures
 * of {@link ShadowEvidenceText}, re-worded when the latency limit the "enough data?" answer is held
 * against changes. Empty when nothing is shown.
 */
public final class EvidencePanelModel {
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<Figure> figuresReadOnly = FXCollections.unmodifiableObservableList(figures);
    private ShadowEvidence evidence;
    private double maxP95Ratio = ReadinessCriteria.DEFAULTS.maxP95Ratio();

    /** Shows the evidence of a shadow (NONE for one with no comparisons: every figure says so). */
    public void show(ShadowEvidence shown, double limit) {
        evidence = shown;
        maxP95Ratio = limit;
        reword();
    }

    /** Holds the "enough data?" answer against another p95 ratio limit. */
    public void limit(double limit) {
        maxP95Ratio = limit;
        reword();
    }

    public void clear() {
        evidence = null;
        figures.clear();
    }

    private void reword() {
        if (evidence != null) {
            figures.setAll(ShadowEvidenceText.figures(evidence, maxP95Ratio));
        }
    }

    public ObservableList<Figure> figures() {
        return figuresReadOnly;
    }

    public String note() {
        return ShadowEvidenceText.NOTE;
    }
}
