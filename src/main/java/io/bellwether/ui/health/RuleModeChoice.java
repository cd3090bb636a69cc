package io.bellwether.ui.health;

import io.bellwether.domain.RuleMode;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One rule of the replay panel and the mode it is replayed in (editable). */
public final class RuleModeChoice {
    private final String rule;
    private final ObjectProperty<RuleMode> mode;

    RuleModeChoice(String rule, RuleMode mode) {
        this.rule = rule;
        this.mode = new SimpleObjectProperty<>(this, "mode", mode);
    }

    public String rule() {
        return rule;
    }

    public ObjectProperty<RuleMode> modeProperty() {
        return mode;
    }
}
