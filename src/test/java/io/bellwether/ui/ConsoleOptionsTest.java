package io.bellwether.ui;

import io.bellwether.Bellwether;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleOptionsTest {
    @Test
    void theArgumentWinsOverThePropertyAndTheDefault() {
        assertThat(ConsoleOptions.parse(List.of("--db", "/tmp/a"), "/tmp/b").database()).isEqualTo(Path.of("/tmp/a"));
        assertThat(ConsoleOptions.parse(List.of("--db=/tmp/c"), null).database()).isEqualTo(Path.of("/tmp/c"));
        assertThat(ConsoleOptions.parse(List.of(), "/tmp/b").database()).isEqualTo(Path.of("/tmp/b"));
        assertThat(ConsoleOptions.parse(List.of(), " ").database()).isEqualTo(Bellwether.defaultLocation());
    }

    @Test
    void aMissingPathIsRefused() {
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--db"), null)).hasMessageContaining("--db needs a database path");
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--db="), null)).hasMessageContaining("--db needs a database path");
    }
}
