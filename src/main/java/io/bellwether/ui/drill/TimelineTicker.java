package io.bellwether.ui.drill;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** Ticks on the FX thread with a Timeline (at most once a pulse, however short the period). */
final class TimelineTicker implements TickScheduler {
    private Timeline timeline;

    @Override
    public void start(Duration period, Runnable tick) {
        stop();
        double millis = Math.max(1, period.toNanos() / 1_000_000.0);
        timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(millis), event -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
