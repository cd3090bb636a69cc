package io.bellwether.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14, item 7: the operator's display name is kept per workspace, not for every workspace at once. */
class OperatorSettingsTest {
    private final Map<Path, String> saved = new HashMap<>();
    private final OperatorSettings settings = new OperatorSettings("os-user",
            location -> Optional.ofNullable(saved.get(location)), saved::put);

    @Test
    void aNameGivenInOneWorkspaceIsNotTheNameInAnother() {
        Path production = Path.of("/srv/bellwether/production");
        Path drills = Path.of("/home/sre/.bellwether/drills");

        settings.useWorkspace(production);
        settings.changeOperator("ml_manager");
        assertThat(settings.operator()).isEqualTo("ml_manager");

        settings.useWorkspace(drills);
        assertThat(settings.operator()).as("a workspace without a saved name acts as the OS user").isEqualTo("os-user");

        settings.useWorkspace(production);
        assertThat(settings.operator()).isEqualTo("ml_manager");
        assertThat(saved).containsOnly(Map.entry(production, "ml_manager"));
    }
}
