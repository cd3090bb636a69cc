package io.bellwether.ui.drill;

/** How fast simulated time runs in the console, in simulated seconds per real second; labels read "simulated per real". */
public enum DrillSpeed {
    HOUR_PER_MINUTE("1 hour per minute", 60),
    DAY_PER_MINUTE("1 day per minute", 1_440),
    FAST("Fast: 1 day per 10 s", 8_640);

    private final String label;
    private final double simulatedSecondsPerSecond;

    DrillSpeed(String label, double simulatedSecondsPerSecond) {
        this.label = label;
        this.simulatedSecondsPerSecond = simulatedSecondsPerSecond;
    }

    public double simulatedSecondsPerSecond() {
        return simulatedSecondsPerSecond;
    }

    @Override
    public String toString() {
        return label;
    }
}
