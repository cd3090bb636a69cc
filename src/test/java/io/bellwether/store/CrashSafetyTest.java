package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM that writes to the workspace with SIGKILL at random moments, then checks that
 * every action it reported as committed is stored, no batch is half-present, and the chain verifies.
 */
class CrashSafetyTest {
    private static final int CYCLES = 24;

    @TempDir
    Path folder;

    @Test
    void everyReportedCommitSurvivesSigkill() throws Exception {
        Path database = folder.resolve("crash");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int actionsChecked = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            List<String> reported = runAndKill(CrashChild.class, 50 + random.nextInt(900), database.toString());
            assertThat(reported).as("cycle %d (seed %d): the child reported nothing before the kill", cycle, seed)
                    .isNotEmpty();
            actionsChecked += checkEverythingReportedIsStored(database, reported, "cycle " + cycle + " seed " + seed);
        }
        assertThat(actionsChecked).as("committed actions checked over %d kills", CYCLES).isGreaterThan(CYCLES);
    }

    /**
     * Starts {@code main} in a child JVM, waits until it prints READY, lets it run {@code millis},
     * kills it with SIGKILL; its complete report lines (those ending in " OK").
     */
    static List<String> runAndKill(Class<?> main, int millis, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> readLines(child, lines, ready), "crash-child-reader");
        reader.start();
        try {
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child became ready").isTrue();
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        assertThat(child.isAlive()).isFalse();
        return lines.stream().filter(line -> line.endsWith(" OK")).toList();
    }

    private static void readLines(Process child, List<String> lines, CountDownLatch ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith("READY ")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed mid-line; what was read is what counts
        }
    }

    private static int checkEverythingReportedIsStored(Path database, List<String> reported, String context) {
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            Workspace service = workspace;
            String batches = null;
            String singles = null;
            int batchCount = 0;
            int singleCount = 0;
            List<Long> events = new ArrayList<>();
            for (String line : reported) {
                String[] parts = line.split(" ");
                String what = parts[0];
                String id = parts[1];
                switch (what) {
                    case "BATCHES" -> batches = id;
                    case "SINGLES" -> singles = id;
                    case "CREATED" -> assertThat(service.queries().getDeployment(id)).as(context).isNotNull();
                    case "STARTED" -> assertThat(service.queries().getDeployment(id).status()).as(context + " " + id)
                            .isIn(DeploymentStatus.IN_PROGRESS, DeploymentStatus.ACTIVE);
                    case "COMPLETED" -> assertThat(service.queries().getDeployment(id).status()).as(context + " " + id)
                            .isEqualTo(DeploymentStatus.ACTIVE);
                    case "BATCH" -> batchCount++;
                    case "SINGLE" -> singleCount++;
                    case "EVENT" -> events.add(Long.parseLong(id));
                    default -> { }
                }
            }
            long storedBatchRows = service.queries().shadowComparisonCount(batches);
            assertThat(storedBatchRows % CrashChild.BATCH_SIZE).as(context + ": no batch half-present").isZero();
            long storedBatches = storedBatchRows / CrashChild.BATCH_SIZE;
            assertThat(storedBatches).as(context + ": batches stored vs reported").isBetween((long) batchCount,
                    batchCount + 1L);
            List<AuditEvent> batchEvents = workspace.audit().query(new AuditQuery(
                    EventType.SHADOW_COMPARISONS_RECORDED, null, null, batches, null, null));
            assertThat(batchEvents).as(context + ": one audit event per stored batch").hasSize((int) storedBatches);
            assertThat(service.queries().shadowComparisonCount(singles)).as(context + ": single comparisons")
                    .isBetween((long) singleCount, singleCount + 1L);
            Map<Long, AuditEvent> bySequence = new java.util.HashMap<>();
            workspace.audit().query(new AuditQuery(EventType.CONFIGURATION_CHANGED, null, null, null, null, null))
                    .forEach(e -> bySequence.put(e.sequence(), e));
            assertThat(bySequence.keySet()).as(context + ": logged events").containsAll(events);
            assertThat(workspace.audit().verify().intact()).as(context + ": audit chain").isTrue();
            return reported.size();
        }
    }
}
