package io.bellwether.ui.canary;

import io.bellwether.domain.CanarySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Planned and actual canary traffic as step lines: hours since the start against traffic in %. */
final class TrafficSteps {

    record Series(double[] hours, double[] percent) {
    }

    private TrafficSteps() {
    }

    /** Each planned stage, the last one held for as long as the gap before it (a day if alone). */
    static Series planned(CanarySchedule schedule) {
        int n = schedule.size();
        Duration lastOffset = schedule.stage(n - 1).plannedOffset();
        Duration tail = n > 1 ? lastOffset.minus(schedule.stage(n - 2).plannedOffset()) : Duration.ofHours(24);
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i < n; i++) {
            x[i] = hours(schedule.stage(i).plannedOffset());
            y[i] = schedule.stage(i).traffic() * 100;
        }
        x[n] = hours(lastOffset.plus(tail));
        y[n] = y[n - 1];
        return steps(x, y);
    }

    /** Each stage from when it actually began, at the traffic it was given, up to {@code end}. */
    static Series actual(CanarySchedule schedule, CanaryProgress progress, Instant origin, Instant end) {
        List<double[]> points = new ArrayList<>();
        progress.stageStarts().forEach((stage, at) -> {
            if (stage >= 0 && stage < schedule.size()) {
                double share = progress.stageTraffic().getOrDefault(stage, schedule.stage(stage).traffic());
                points.add(new double[] {hours(Duration.between(origin, at)), share * 100});
            }
        });
        if (!points.isEmpty()) {
            double[] last = points.get(points.size() - 1);
            points.add(new double[] {Math.max(last[0], hours(Duration.between(origin, end))), last[1]});
        }
        return steps(points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** Each value flat until the next x, then up or down: (x0,y0) (x1,y0) (x1,y1) … */
    static Series steps(double[] x, double[] y) {
        int n = x.length;
        double[] sx = new double[Math.max(0, 2 * n - 1)];
        double[] sy = new double[sx.length];
        for (int i = 0; i < n; i++) {
            sx[2 * i] = x[i];
            sy[2 * i] = y[i];
            if (i + 1 < n) {
                sx[2 * i + 1] = x[i + 1];
                sy[2 * i + 1] = y[i];
            }
        }
        return new Series(sx, sy);
    }

    private static double hours(Duration duration) {
        return duration.toMillis() / 3_600_000.0;
    }
}
