package io.bellwether.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The shared time axis: maps instants to x positions and picks readable, round tick marks. */
public final class TimeAxis {
    private static final Duration[] STEPS = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
        Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30),
    };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A tick at {@code time}, {@code x} pixels from the axis start. */
    public record Tick(Instant time, double x, String label) {
    }

    private final Instant start;
    private final Instant end;
    private final double width;
    private final ZoneId zone;

    /** Spans at least one minute, so a single event still gets an axis. */
    public TimeAxis(Instant start, Instant end, double width, ZoneId zone) {
        this.start = start;
        this.end = end.isAfter(start.plusSeconds(60)) ? end : start.plusSeconds(60);
        this.width = Math.max(1, width);
        this.zone = zone;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public double x(Instant time) {
        double span = Duration.between(start, end).toMillis();
        return Duration.between(start, time).toMillis() / span * width;
    }

    /** Round ticks at most every {@code minSpacing} pixels, labelled to the precision needed. */
    public List<Tick> ticks(double minSpacing) {
        double millisPerPixel = Duration.between(start, end).toMillis() / width;
        Duration step = STEPS[STEPS.length - 1];
        for (Duration candidate : STEPS) {
            if (candidate.toMillis() / millisPerPixel >= minSpacing) {
                step = candidate;
                break;
            }
        }
        boolean daily = step.compareTo(Duration.ofDays(1)) >= 0;
        ZonedDateTime first = start.atZone(zone).truncatedTo(daily ? ChronoUnit.DAYS : ChronoUnit.MINUTES);
        if (!daily) {
            long stepMinutes = step.toMinutes();
            long minuteOfDay = first.getHour() * 60L + first.getMinute();
            first = first.minusMinutes(minuteOfDay % stepMinutes);
        }
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime previousDay = null;
        for (ZonedDateTime t = first; !t.toInstant().isAfter(end); t = t.plus(step)) {
            if (t.toInstant().isBefore(start)) {
                continue;
            }
            String label;
            if (daily) {
                label = DAY.format(t);
            } else if (previousDay == null || !t.toLocalDate().equals(previousDay.toLocalDate())) {
                label = DAY_TIME.format(t);
            } else {
                label = TIME.format(t);
            }
            previousDay = t;
            ticks.add(new Tick(t.toInstant(), x(t.toInstant()), label));
        }
        return ticks;
    }
}
