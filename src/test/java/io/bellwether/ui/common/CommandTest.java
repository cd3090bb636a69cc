package io.bellwether.ui.common;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class CommandTest {
    @Test
    void followsItsConditionAndRefusesToRunWhenNotExecutable() {
        SimpleBooleanProperty allowed = new SimpleBooleanProperty(false);
        AtomicInteger runs = new AtomicInteger();
        Command command = new Command("Start", allowed, runs::incrementAndGet);
        assertThat(command.isExecutable()).isFalse();
        assertThatThrownBy(command::execute).hasMessage("Start is not possible now");
        assertThat(runs).hasValue(0);
        allowed.set(true);
        assertThat(command.executableProperty().get()).isTrue();
        command.execute();
        assertThat(runs).hasValue(1);
    }
}
