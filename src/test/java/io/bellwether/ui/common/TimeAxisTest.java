package io.bellwether.ui.common;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TimeAxisTest {
    private static final double DEC_3_2026 = 1_796_300_000;

    @Test
    void aLoneInstantGetsAnHourEitherSideNotYears() {
        AxisRange range = new TimeAxis().autoRange(DEC_3_2026, DEC_3_2026, 800, 20);

        assertThat(range.getMin()).isBetween(DEC_3_2026 - 2 * 3600, DEC_3_2026 - 3600);
        assertThat(range.getMax()).isBetween(DEC_3_2026 + 3600, DEC_3_2026 + 2 * 3600);
    }

    @Test
    void aRangeOfInstantsIsChartFxsOwn() {
        double day = 86_400;
        AxisRange range = new TimeAxis().autoRange(DEC_3_2026, DEC_3_2026 + day, 800, 20);

        assertThat(range.getMin()).isBetween(DEC_3_2026 - 0.1 * day, DEC_3_2026);
        assertThat(range.getMax()).isBetween(DEC_3_2026 + day, DEC_3_2026 + 1.1 * day);
    }
}
