package io.bellwether.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.bellwether.ui.timeline.TimelineEvent.Kind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Zoomed out, marks a second apart overlap: the worse status is drawn last, on top. */
@ExtendWith(ApplicationExtension.class)
class TimelineChartTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private TimelineChart chart;

    @Start
    void start(Stage stage) {
        chart = new TimelineChart();
        stage.setScene(new Scene(chart, 800, 200));
        stage.show();
    }

    private static TimelineEvent check(int second, Kind kind) {
        return new TimelineEvent("d1", T0.plusSeconds(second), kind, kind.name(), List.of());
    }

    @Test
    void aDegradedOrUnhealthyMarkIsDrawnAboveTheHealthyOnesBesideIt(FxRobot robot) {
        List<TimelineEvent> events = List.of(check(0, Kind.HEALTH_UNHEALTHY), check(1, Kind.HEALTH_HEALTHY),
                check(2, Kind.HEALTH_DEGRADED), check(3, Kind.HEALTH_HEALTHY), check(4, Kind.HEALTH_UNKNOWN),
                check(86_400, Kind.HEALTH_HEALTHY));
        robot.interact(() -> chart.setData(List.of(new TimelineLane("d1", "fraud:v2", "canary", events)), T0,
                T0.plusSeconds(86_400), ZoneOffset.UTC));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> drawn = chart.getChildrenUnmodifiable().stream().map(Node::getStyleClass)
                .flatMap(List::stream).filter(style -> style.startsWith("event-health-")).toList();
        assertThat(drawn).containsExactly("event-health-healthy", "event-health-healthy", "event-health-healthy",
                "event-health-unknown", "event-health-degraded", "event-health-unhealthy");
    }
}
