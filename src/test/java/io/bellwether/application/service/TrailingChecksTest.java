package io.bellwether.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.bellwether.application.port.out.DeploymentStore;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trailing run is read from the newest end in growing windows, and only as far as it goes. */
class TrailingChecksTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final PerformanceMetrics METRICS = new PerformanceMetrics(0.03, 0.05, 0.07, 0.01, 20);

    private final List<HealthCheck> history = new ArrayList<>();
    private final List<Integer> windowsRead = new ArrayList<>();

    /** A store over {@link #history} that answers only the newest-checks read, and notes each window asked. */
    private DeploymentStore store() {
        return (DeploymentStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DeploymentStore.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("latestHealthChecks")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Instant from = (Instant) args[1];
                    int most = (Integer) args[3];
                    windowsRead.add(most);
                    List<HealthCheck> inRange = history.stream()
                            .filter(check -> from == null || !check.timestamp().isBefore(from)).toList();
                    return inRange.subList(Math.max(0, inRange.size() - most), inRange.size());
                });
    }

    private void add(HealthStatus status, int count) {
        for (int i = 0; i < count; i++) {
            history.add(new HealthCheck(START.plusSeconds(history.size()), status, METRICS, "check " + history.size()));
        }
    }

    private List<HealthCheck> unknownRun(Instant from, int most) {
        return TrailingChecks.run(store(), "d", from, check -> check.status() == HealthStatus.UNKNOWN, most);
    }

    @Test
    void aShortRunTakesOneWindow() {
        add(HealthStatus.HEALTHY, 1000);
        add(HealthStatus.UNKNOWN, 3);

        assertThat(unknownRun(null, Integer.MAX_VALUE)).extracting(HealthCheck::message)
                .containsExactly("check 1000", "check 1001", "check 1002");
        assertThat(windowsRead).containsExactly(TrailingChecks.FIRST_WINDOW);
    }

    @Test
    void aRunLongerThanAWindowIsCountedWhole() {
        add(HealthStatus.HEALTHY, 10);
        add(HealthStatus.UNKNOWN, 300);

        List<HealthCheck> run = unknownRun(null, Integer.MAX_VALUE);

        assertThat(run).hasSize(300);
        assertThat(run.get(0).message()).isEqualTo("check 10");
        assertThat(windowsRead).containsExactly(64, 256, 1024);
    }

    @Test
    void aHistoryThatIsAllOneRunEndsWhenTheStoreHasNoMore() {
        add(HealthStatus.UNKNOWN, 100);

        assertThat(unknownRun(null, Integer.MAX_VALUE)).hasSize(100);
        assertThat(windowsRead).containsExactly(64, 256);
    }

    @Test
    void theRunStopsAtItsCapAndAtTheStartOfTheRange() {
        add(HealthStatus.UNKNOWN, 500);

        assertThat(unknownRun(null, 5)).extracting(HealthCheck::message)
                .containsExactly("check 495", "check 496", "check 497", "check 498", "check 499");
        assertThat(windowsRead).containsExactly(5);
        assertThat(unknownRun(START.plusSeconds(490), Integer.MAX_VALUE)).hasSize(10);
    }

    @Test
    void noMatchingCheckAtTheEndIsAnEmptyRun() {
        add(HealthStatus.UNKNOWN, 5);
        add(HealthStatus.HEALTHY, 1);

        assertThat(unknownRun(null, Integer.MAX_VALUE)).isEmpty();
        assertThat(TrailingChecks.run(store(), "d", null, check -> true, Integer.MAX_VALUE)).hasSize(6);
    }
}
