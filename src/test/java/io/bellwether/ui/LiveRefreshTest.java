package io.bellwether.ui;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** A burst of other writers' changes becomes one reload, queued on the executor like any store work. */
class LiveRefreshTest {
    private final HeldTaskExecutor worker = new HeldTaskExecutor();
    private final AtomicInteger reloads = new AtomicInteger();
    private final LiveRefresh refresh = new LiveRefresh(worker, reloads::incrementAndGet);

    @Test
    void aBurstHeardBeforeTheReloadRunsIsOneReload() {
        for (int i = 0; i < 50; i++) {
            refresh.heard();
        }
        assertThat(worker.waiting()).isEqualTo(1);
        assertThat(reloads).hasValue(0);

        worker.releaseAll();

        assertThat(reloads).hasValue(1);
    }

    @Test
    void aChangeHeardAfterTheReloadWasTakenQueuesAnother() {
        refresh.heard();
        worker.releaseAll();
        refresh.heard();
        refresh.heard();

        assertThat(worker.waiting()).isEqualTo(1);
        worker.releaseAll();
        assertThat(reloads).hasValue(2);
    }
}
