package io.bellwether.ui;

import java.util.Optional;

/**
 * Where the console's window goes: where the user left it when that still fits the screen's visual
 * bounds (the screen less task bars), otherwise the preferred size, shrunk to fit and centred. Kept
 * in the settings file as "x,y,width,height".
 */
public record WindowPlacement(double x, double y, double width, double height) {
    /** The smallest window the console lays out in. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    /** {@code visual} is the screen's visual bounds; {@code remembered} the user's last window. */
    public static WindowPlacement fit(Optional<WindowPlacement> remembered, WindowPlacement visual,
                                      double preferredWidth, double preferredHeight) {
        if (remembered.isPresent() && visual.overlapsMostOf(remembered.get())) {
            return visual.clamp(remembered.get());
        }
        double width = Math.min(preferredWidth, visual.width);
        double height = Math.min(preferredHeight, visual.height);
        return new WindowPlacement(visual.x + (visual.width - width) / 2, visual.y + (visual.height - height) / 2,
                width, height);
    }

    /** Whether at least half of {@code window} lies in these bounds (its screen may have gone). */
    private boolean overlapsMostOf(WindowPlacement window) {
        double w = Math.min(x + width, window.x + window.width) - Math.max(x, window.x);
        double h = Math.min(y + height, window.y + window.height) - Math.max(y, window.y);
        return w > 0 && h > 0 && w * h >= window.width * window.height / 2;
    }

    /** {@code window} shrunk to these bounds and moved inside them. */
    private WindowPlacement clamp(WindowPlacement window) {
        double w = Math.min(Math.max(window.width, Math.min(MIN_WIDTH, width)), width);
        double h = Math.min(Math.max(window.height, Math.min(MIN_HEIGHT, height)), height);
        double left = Math.min(Math.max(window.x, x), x + width - w);
        double top = Math.min(Math.max(window.y, y), y + height - h);
        return new WindowPlacement(left, top, w, h);
    }

    public String asText() {
        return Math.round(x) + "," + Math.round(y) + "," + Math.round(width) + "," + Math.round(height);
    }

    /** Empty for a missing or unreadable setting. */
    public static Optional<WindowPlacement> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            WindowPlacement read = new WindowPlacement(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
            return read.width > 0 && read.height > 0 ? Optional.of(read) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
