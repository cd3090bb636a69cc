package io.bellwether.ui.welcome;

import io.bellwether.Bellwether;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.ScriptedPrompts;
import io.bellwether.ui.settings.OperatorSettings;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class WelcomeViewModelTest {
    @TempDir
    Path dir;
    private ShellViewModel shell;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private WelcomeViewModel welcome;

    @BeforeEach
    void open() {
        shell = new ShellViewModel(Bellwether::openAs, new InlineTaskExecutor(), Clock.systemUTC(), dir.resolve("ws"));
        shell.open();
        welcome = new WelcomeViewModel(shell, new InlineTaskExecutor(), prompts, new OperatorSettings("alice", n -> { }));
    }

    @AfterEach
    void close() {
        shell.close(() -> { });
    }

    @Test
    void aNewDeploymentLeavesTheWelcomeStateForTheConsole() {
        assertThat(welcome.newDeploymentCommand().isExecutable()).isTrue();
        prompts.deploymentRequest = Fixtures.canary("v2.0.0", "production");
        welcome.newDeploymentCommand().execute();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.CONSOLE);
        assertThat(shell.workspaceProperty().get().queries().listDeployments(null, null)).singleElement()
                .satisfies(d -> assertThat(d.modelRef()).isEqualTo("fraud_detector:v2.0.0"));
        assertThat(welcome.openDemoCommand().isExecutable()).isFalse();
    }

    @Test
    void cancellingTheFormStaysWelcome() {
        welcome.newDeploymentCommand().execute();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.WELCOME);
        assertThat(welcome.demoFile()).endsWith("ws-demo");
    }
}
