package io.bellwether.ui.shadow;

import io.fair_acc.dataset.spi.DoubleDataSet;

/**
 * The series the shadow screen draws: agreement over time, the two latency histograms, the
 * primary-against-shadow scatter and its diagonal (shadow = primary).
 */
public record ShadowCharts(DoubleDataSet agreementOverTime, DoubleDataSet primaryHistogram,
                           DoubleDataSet shadowHistogram, DoubleDataSet scatter, DoubleDataSet diagonal) {
}
