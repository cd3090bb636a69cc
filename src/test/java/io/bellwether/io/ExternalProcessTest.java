package io.bellwether.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalProcessTest {
    @TempDir
    Path directory;

    @Test
    void aBoundedRunGivesItsExitValueAndOutputAndReadsItsInput() throws Exception {
        Path output = directory.resolve("out.log");

        ExternalProcess.Finished finished = ExternalProcess.run(List.of("sh", "-c", "cat; exit 3"), output, "hello",
                Duration.ofSeconds(30));

        assertThat(finished.inTime()).isTrue();
        assertThat(finished.exitValue()).isEqualTo(3);
        assertThat(finished.succeeded()).isFalse();
        assertThat(Files.readString(output)).isEqualTo("hello");
    }

    @Test
    void aRunStillGoingAtItsBoundIsStopped() throws Exception {
        long started = System.nanoTime();

        ExternalProcess.Finished finished = ExternalProcess.run(List.of("sleep", "30"), directory.resolve("out.log"),
                null, Duration.ofMillis(300));

        assertThat(finished.inTime()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void waitingForReadinessEndsWhenTheCheckSaysReadyOrTheProcessExits() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        try (ExternalProcess server = ExternalProcess.start("test", List.of("sleep", "30"), directory.resolve("a.log"))) {
            assertThat(server.awaitReady(Duration.ofSeconds(10), Duration.ofMillis(10), () -> asked.incrementAndGet() >= 3))
                    .isEqualTo(ExternalProcess.Readiness.READY);
            assertThat(asked).hasValue(3);
            assertThat(server.awaitReady(Duration.ofMillis(200), Duration.ofMillis(20), () -> false))
                    .isEqualTo(ExternalProcess.Readiness.NOT_READY);
        }
        try (ExternalProcess failing = ExternalProcess.start("test", List.of("sh", "-c", "echo broken; exit 4"),
                directory.resolve("b.log"))) {
            assertThat(failing.awaitReady(Duration.ofSeconds(10), Duration.ofMillis(10), () -> false))
                    .isEqualTo(ExternalProcess.Readiness.EXITED);
            assertThat(failing.exitValue()).isEqualTo(4);
            assertThat(failing.output()).isEqualTo("broken\n");
        }
    }

    @Test
    void deleteFolderRemovesTheFolderAndWhatIsInIt() throws Exception {
        Path folder = Files.createDirectories(directory.resolve("server/data/sub"));
        Files.writeString(folder.resolve("file"), "x");

        ExternalProcess.deleteFolder(directory.resolve("server"));

        assertThat(directory.resolve("server")).doesNotExist();
    }
}
