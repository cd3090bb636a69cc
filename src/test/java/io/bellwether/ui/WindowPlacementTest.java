package io.bellwether.ui;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 10: the window fits the screen's visual bounds and reopens where the user left it. */
class WindowPlacementTest {
    private static final WindowPlacement SCREEN_1280_720 = new WindowPlacement(0, 0, 1280, 720);

    @Test
    void onA1280By720ScreenTheWindowFitsItsVisualBounds() {
        WindowPlacement placed = WindowPlacement.fit(Optional.empty(), SCREEN_1280_720, 1280, 800);

        assertThat(placed).isEqualTo(new WindowPlacement(0, 0, 1280, 720));
    }

    @Test
    void onALargeScreenThePreferredSizeIsCentred() {
        WindowPlacement placed = WindowPlacement.fit(Optional.empty(), new WindowPlacement(0, 30, 1920, 1050), 1280, 800);

        assertThat(placed).isEqualTo(new WindowPlacement(320, 155, 1280, 800));
    }

    @Test
    void theRememberedWindowIsKeptAndClampedToTheScreen() {
        WindowPlacement remembered = new WindowPlacement(100, 50, 1000, 900);

        assertThat(WindowPlacement.fit(Optional.of(remembered), SCREEN_1280_720, 1280, 800))
                .isEqualTo(new WindowPlacement(100, 0, 1000, 720));
        assertThat(WindowPlacement.fit(Optional.of(new WindowPlacement(40, 20, 900, 600)), SCREEN_1280_720, 1280, 800))
                .isEqualTo(new WindowPlacement(40, 20, 900, 600));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsPlacedAfresh() {
        WindowPlacement onSecondScreen = new WindowPlacement(2000, 100, 1200, 700);

        assertThat(WindowPlacement.fit(Optional.of(onSecondScreen), SCREEN_1280_720, 1280, 800))
                .isEqualTo(new WindowPlacement(0, 0, 1280, 720));
    }

    @Test
    void itIsKeptAsTextAndReadBack() {
        WindowPlacement placed = new WindowPlacement(10, 20, 1100, 700);

        assertThat(WindowPlacement.parse(placed.asText())).contains(placed);
        assertThat(WindowPlacement.parse("garbage")).isEmpty();
        assertThat(WindowPlacement.parse(null)).isEmpty();
    }
}
