package io.bellwether.ui.health;

import java.time.Instant;

/**
 * Forwards to {@link io.bellwether.ui.common.DisplayFormats} for ReportSummary and
 * ReadinessPanelModel, which are being changed elsewhere now; delete once they import ui.common.
 */
public final class DisplayFormats {
    private DisplayFormats() {
    }

    public static String time(Instant instant) {
        return io.bellwether.ui.common.DisplayFormats.time(instant);
    }

    public static String millis(double seconds) {
        return io.bellwether.ui.common.DisplayFormats.millis(seconds);
    }

    public static String percent(double fraction) {
        return io.bellwether.ui.common.DisplayFormats.percent(fraction);
    }

    public static String decimal(double value, int places) {
        return io.bellwether.ui.common.DisplayFormats.decimal(value, places);
    }
}
