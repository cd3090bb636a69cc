package io.bellwether.ui.shell;

import javafx.scene.control.Label;

/** A coloured pill naming a deployment status (or "shadow"); colours come from console.css. */
public final class StatusBadge extends Label {
    private static final String PREFIX = "badge-";

    public StatusBadge() {
        getStyleClass().add("badge");
        textProperty().addListener((obs, old, now) -> restyle(now));
        restyle(getText());
    }

    public StatusBadge(String text) {
        this();
        setText(text);
    }

    private void restyle(String text) {
        getStyleClass().removeIf(style -> style.startsWith(PREFIX));
        if (text != null && !text.isBlank()) {
            getStyleClass().add(PREFIX + text.replace('_', '-'));
        }
        setVisible(text != null && !text.isBlank());
    }
}
