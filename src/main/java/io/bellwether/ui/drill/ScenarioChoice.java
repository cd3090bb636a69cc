package io.bellwether.ui.drill;

import io.bellwether.drill.DrillScenario;
import io.bellwether.drill.ShippedScenarios;

/** An entry of the scenario chooser: a shipped scenario by name, or one read from a file. */
public record ScenarioChoice(String label, String shippedName, DrillScenario fromFile) {

    public static ScenarioChoice shipped(String name) {
        return new ScenarioChoice(name, name, null);
    }

    public static ScenarioChoice file(DrillScenario scenario, String fileName) {
        return new ScenarioChoice(scenario.name() + " (" + fileName + ")", null, scenario);
    }

    /** The scenario itself; a shipped one is read from the class path. */
    public DrillScenario scenario() {
        return fromFile != null ? fromFile : ShippedScenarios.load(shippedName);
    }

    @Override
    public String toString() {
        return label;
    }
}
