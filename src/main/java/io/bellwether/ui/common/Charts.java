package io.bellwether.ui.common;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import java.util.List;
import javafx.collections.ObservableList;

/** Builds ChartFX charts the way every screen wants them: named axes with units, no animation. */
public final class Charts {
    /** Counts as "12,500" rather than "1.25E4". */
    public static final javafx.util.StringConverter<Number> GROUPED_INTEGER = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number value) {
            return value == null ? "" : String.format(java.util.Locale.ROOT, "%,d", Math.round(value.doubleValue()));
        }

        @Override
        public Number fromString(String text) {
            return Long.parseLong(text.replace(",", ""));
        }
    };

    private Charts() {
    }

    public static DefaultNumericAxis axis(String name, String unit, Side side) {
        return styled(new DefaultNumericAxis(name, unit), side);
    }

    private static DefaultNumericAxis styled(DefaultNumericAxis axis, Side side) {
        axis.setSide(side);
        axis.setAnimated(false);
        axis.setAutoRangeRounding(false);
        axis.setAutoRangePadding(0.04);
        axis.setAxisLabelGap(8);
        return axis;
    }

    /** An x axis in epoch seconds, labelled as date and time. */
    public static DefaultNumericAxis timeAxis() {
        return styled(new TimeAxis(), Side.BOTTOM);
    }

    public static XYChart chart(String title, DefaultNumericAxis x, DefaultNumericAxis y) {
        XYChart chart = new XYChart(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getRenderers().clear();
        chart.setMinSize(200, 150);
        return chart;
    }

    /** A renderer with point reduction on, added to the chart. */
    public static ErrorDataSetRenderer renderer(XYChart chart, LineStyle style, boolean markers) {
        ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
        renderer.setPolyLineStyle(style);
        renderer.setDrawMarker(markers);
        renderer.setPointReduction(true);
        renderer.setErrorStyle(io.fair_acc.chartfx.renderer.ErrorStyle.NONE);
        chart.getRenderers().add(renderer);
        return renderer;
    }

    /** Fixes {@code axis} to {from, to}; an empty range lets it range automatically again. */
    public static void pinRange(io.fair_acc.chartfx.axes.Axis axis, double[] range) {
        axis.setAutoRanging(range.length < 2);
        if (range.length >= 2) {
            axis.set(range[0], range[1]);
        }
    }

    /** Replaces the vertical markers (e.g. rollback moments) of a chart. */
    public static void replaceMarkers(XYChart chart, List<XValueIndicator> markers) {
        chart.getPlugins().removeIf(XValueIndicator.class::isInstance);
        chart.getPlugins().addAll(markers);
    }

    public static XValueIndicator marker(XYChart chart, double x, String text) {
        XValueIndicator marker = new XValueIndicator(chart.getXAxis(), x, text);
        marker.setEditable(false);
        marker.setLabelHorizontalAnchor(javafx.geometry.HPos.RIGHT);
        return marker;
    }

    public static void show(ObservableList<DataSet> target, List<? extends DataSet> dataSets) {
        target.setAll(dataSets);
    }
}
