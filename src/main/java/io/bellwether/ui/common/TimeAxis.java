package io.bellwether.ui.common;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;

/**
 * An x axis in epoch seconds, labelled as date and time. ChartFX widens a range of one value by the
 * value itself, which for epoch seconds is decades (an imported shadow, whose comparisons share the
 * import's minute, drew one point on four years of axis); a lone instant gets an hour either side.
 */
final class TimeAxis extends DefaultNumericAxis {
    static final double LONE_INSTANT_MARGIN_SECONDS = 3600;

    TimeAxis() {
        super("time", null);
        setTimeAxis(true);
    }

    @Override
    protected AxisRange autoRange(double minValue, double maxValue, double length, double labelSize) {
        if (minValue == maxValue && Double.isFinite(minValue)) {
            return super.autoRange(minValue - LONE_INSTANT_MARGIN_SECONDS, maxValue + LONE_INSTANT_MARGIN_SECONDS,
                    length, labelSize);
        }
        return super.autoRange(minValue, maxValue, length, labelSize);
    }
}
