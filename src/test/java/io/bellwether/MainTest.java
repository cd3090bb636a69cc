package io.bellwether;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void noArgumentsOrOnlyAWorkspaceOpenTheConsole() {
        assertThat(Main.opensConsole(new String[0])).isTrue();
        assertThat(Main.opensConsole(new String[] {"--db", "/tmp/w"})).isTrue();
        assertThat(Main.opensConsole(new String[] {"--db=/tmp/w"})).isTrue();
    }

    @Test
    void subcommandsAndOptionsGoToTheCommandLine() {
        assertThat(Main.opensConsole(new String[] {"--version"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"check", "cases.json"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"--db", "/tmp/w", "deployments", "list"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"--db"})).isFalse();
    }
}
