package io.bellwether.cli.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.WorkspaceCli;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.ModelStage;
import io.bellwether.io.JsonFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether queue [--json]} on a workspace whose items were written 2 h and 30 min before the run. */
class QueueCommandTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyQueueSaysSoAndExitsZero() {
        WorkspaceCli.Run run = new WorkspaceCli(dir).run("queue");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Nothing needs a human.\n");
        assertThat(new WorkspaceCli(dir).run("queue", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void eachItemIsOneLineWithItsAgeAndTheJsonCarriesInstantsAndAgeSeconds() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(dir);
        Instant pausedAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        TestClock clock = new TestClock(pausedAt.minusSeconds(10));
        String id;
        try (Workspace setup = Bellwether.openRecordOnly(cli.database(), clock)) {
            id = setup.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2.0.0",
                    DeploymentStrategy.CANARY, "devops@company.com").metadata("initial_traffic", 0.05).build())
                    .deploymentId();
            setup.lifecycle().startDeployment(id, "alice");
            clock.advance(Duration.ofSeconds(10));
            setup.lifecycle().setCanaryPaused(id, true, "alice");
            setup.registry().registerModel("churn_model", "v1.2.0", "./m.pt", "pytorch", "ds", Map.of());
            clock.advance(Duration.ofMinutes(90));
            setup.registry().requestPromotion("churn_model", "v1.2.0", ModelStage.STAGING, "ml", "ready for staging");
        }
        Instant requestedAt = pausedAt.plus(Duration.ofMinutes(90));

        Instant before = Instant.now();
        WorkspaceCli.Run human = cli.run("queue");
        WorkspaceCli.Run json = cli.run("queue", "--json");
        Instant after = Instant.now();

        assertThat(human.exitCode()).isZero();
        assertThat(human.out().lines()).hasSize(2);
        assertThat(human.out().lines().toList().get(0)).matches("3\\d min +pending promotion +churn_model:v1\\.2\\.0 +"
                + "development \u2192 staging requested by ml: ready for staging");
        assertThat(human.out().lines().toList().get(1)).matches("2 h \\d+ min +paused canary +"
                + id + " \\(production\\) +paused by alice");
        assertThat(json.exitCode()).isZero();
        JsonNode items = JsonFiles.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(2);
        JsonNode promotion = items.get(0);
        assertThat(promotion.get("kind").asText()).isEqualTo("pending_promotion");
        assertThat(promotion.get("target").asText()).isEqualTo("churn_model:v1.2.0");
        assertThat(promotion.get("environment").isNull()).isTrue();
        assertThat(promotion.get("since").asText()).isEqualTo(requestedAt.toString());
        JsonNode paused = items.get(1);
        assertThat(paused.get("kind").asText()).isEqualTo("paused_canary");
        assertThat(paused.get("deployment_id").asText()).isEqualTo(id);
        assertThat(paused.get("environment").asText()).isEqualTo("production");
        assertThat(paused.get("reason").asText()).isEqualTo("paused by alice");
        assertThat(Instant.parse(paused.get("since").asText())).isEqualTo(pausedAt);
        assertThat(paused.get("age_seconds").asLong()).isBetween(Duration.between(pausedAt, before).toSeconds(),
                Duration.between(pausedAt, after).toSeconds());
    }
}
