package io.bellwether.ui.settings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsViewModelTest {
    @Test
    void appliesAValidNameAndSavesIt() {
        List<String> saved = new ArrayList<>();
        OperatorSettings settings = new OperatorSettings("os-user", saved::add);
        SettingsViewModel form = new SettingsViewModel(settings);
        assertThat(form.operatorNameProperty().get()).isEqualTo("os-user");
        form.operatorNameProperty().set(" sre-engineer@company.com ");
        form.apply();
        assertThat(settings.operator()).isEqualTo("sre-engineer@company.com");
        assertThat(saved).containsExactly("sre-engineer@company.com");
    }

    @Test
    void refusesABlankName() {
        OperatorSettings settings = new OperatorSettings("os-user", name -> { });
        SettingsViewModel form = new SettingsViewModel(settings);
        form.operatorNameProperty().set("  ");
        assertThat(form.check().validProperty().get()).isFalse();
        assertThat(form.check().firstErrorProperty().get()).contains("operator name is required");
        assertThatThrownBy(form::apply).hasMessageContaining("operator name");
        assertThat(settings.operator()).isEqualTo("os-user");
    }
}
