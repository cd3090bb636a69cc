package io.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The copy's queue holds a bounded number of rows and a bounded number of bytes of them. */
class RowPipeTest {
    private static final int KIB = 1024;

    @Test
    void aRowThatWouldPassTheByteBudgetWaitsUntilTheWriterTakesOne() throws Exception {
        RowPipe pipe = new RowPipe(100, 1024 * KIB);
        Object[] segment = {1L, new byte[600 * KIB]};
        pipe.put(segment);

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> pipe.put(new Object[] {2L, new byte[600 * KIB]}));
        assertThat(completesWithin(second, 300)).as("a second 600 KiB row beside the first, budget 1 MiB").isFalse();

        assertThat(pipe.take()).isSameAs(segment);
        second.get(10, TimeUnit.SECONDS);
        assertThat(pipe.take()[0]).isEqualTo(2L);
        pipe.close();
    }

    @Test
    void smallRowsAreBoundByTheRowCountAlone() throws Exception {
        RowPipe pipe = new RowPipe(3, 1024 * KIB);
        for (long i = 0; i < 3; i++) {
            pipe.put(new Object[] {i, "a short text"});
        }
        CompletableFuture<Void> fourth = CompletableFuture.runAsync(() -> pipe.put(new Object[] {3L, "x"}));
        assertThat(completesWithin(fourth, 300)).isFalse();

        pipe.take();
        fourth.get(10, TimeUnit.SECONDS);
        pipe.close();
    }

    @Test
    void aRowLargerThanTheWholeBudgetStillPassesAlone() throws Exception {
        RowPipe pipe = new RowPipe(10, 64 * KIB);
        CompletableFuture<Void> huge = CompletableFuture.runAsync(() -> pipe.put(new Object[] {new byte[1024 * KIB]}));
        huge.get(10, TimeUnit.SECONDS);
        assertThat(((byte[]) pipe.take()[0]).length).isEqualTo(1024 * KIB);
        pipe.put(new Object[] {new byte[1024 * KIB]});
        pipe.close();
    }

    @Test
    void aWriterThatStopsReleasesAReaderWaitingForRoom() throws Exception {
        RowPipe pipe = new RowPipe(10, 64 * KIB);
        pipe.put(new Object[] {new byte[64 * KIB]});
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> pipe.put(new Object[] {new byte[64 * KIB]}));
        pipe.close();

        Throwable failure = waiting.handle((done, error) -> error).get(10, TimeUnit.SECONDS);
        assertThat(failure).hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("the copy's writer stopped");
    }

    @Test
    void bytesCountBinaryAndTextContent() {
        assertThat(RowPipe.bytesOf(new Object[] {new byte[1000], "abcd", 7L})).isEqualTo(1000 + 4 + 16);
    }

    private static boolean completesWithin(CompletableFuture<?> future, long millis) throws Exception {
        try {
            future.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
