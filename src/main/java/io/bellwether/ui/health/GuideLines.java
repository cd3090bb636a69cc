package io.bellwether.ui.health;

import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;
import java.util.List;

/** Horizontal lines drawn as two-point series, so the axis range always includes them. */
public final class GuideLines {
    private static final String[] COLOURS = {"#555555", "#c0392b", "#8e44ad"};

    private GuideLines() {
    }

    /** One dashed flat series per line over {@code span} = {from, to}; none when the span is empty. */
    public static List<DoubleDataSet> flat(List<ThresholdLine> lines, double[] span) {
        if (span.length < 2) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> {
            ThresholdLine line = lines.get(i);
            DoubleDataSet dataSet = new DoubleDataSet(line.label());
            dataSet.set(new double[] {span[0], span[1]}, new double[] {line.value(), line.value()});
            dataSet.setStyle(DataSetStyleBuilder.newInstance().setLineDashes(8, 5).setLineWidth(1.5)
                    .setDatasetColor(COLOURS[i % COLOURS.length]).setMarkerSize(0).build());
            return dataSet;
        }).toList();
    }
}
