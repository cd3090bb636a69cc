package io.bellwether.ui.canary;

import io.bellwether.ui.common.ChartData;
import io.fair_acc.dataset.spi.DoubleDataSet;

/** The step chart's two lines: planned and actual traffic to the canary, in % over hours since the start. */
public record TrafficChart(DoubleDataSet planned, DoubleDataSet actual) {

    static TrafficChart empty() {
        return new TrafficChart(new DoubleDataSet("planned traffic"), new DoubleDataSet("actual traffic"));
    }

    /** Safe from the worker: the data sets are written under their locks. */
    void show(TrafficSteps.Series plannedSteps, TrafficSteps.Series actualSteps) {
        ChartData.fill(planned, plannedSteps.hours(), plannedSteps.percent());
        ChartData.fill(actual, actualSteps.hours(), actualSteps.percent());
    }

    void clear() {
        ChartData.clear(planned);
        ChartData.clear(actual);
    }
}
