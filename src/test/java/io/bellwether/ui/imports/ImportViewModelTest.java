package io.bellwether.ui.imports;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthStatus;
import io.bellwether.io.ImportKind;
import io.bellwether.ui.InlineTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private String shadowId;
    private final List<String> imported = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"));
        shadowId = workspace.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportViewModel model(String selected) {
        return new ImportViewModel(workspace, new InlineTaskExecutor(), Clock.systemUTC(), selected,
                imported::add, () -> "console-operator");
    }

    @Test
    void aSelectedShadowIsTheDefaultTargetAndAGoodFileLandsWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("good.csv"),
                "primary_latency,shadow_latency,agreement\n0.030,0.031,true\n0.040,0.052,false\n0.035,0.034,true\n");
        ImportViewModel model = model(shadowId);
        assertThat(model.form().kind().get()).isEqualTo(ImportKind.SHADOW_COMPARISONS);
        assertThat(model.form().targetId().get()).isEqualTo(shadowId);
        assertThat(model.importCommand().isExecutable()).as("no file chosen yet").isFalse();

        model.form().file().set(file);
        assertThat(model.importCommand().isExecutable()).isTrue();
        model.importFile();

        assertThat(workspace.queries().shadowComparisonCount(shadowId)).isEqualTo(3);
        assertThat(model.status().messageProperty().get()).isEqualTo("Imported 3 records into shadow deployment " + shadowId + ".");
        assertThat(model.progressProperty().get().fraction()).isEqualTo(1.0);
        assertThat(model.problems()).isEmpty();
        assertThat(imported).containsExactly(shadowId);
    }

    @Test
    void aBadFileIsRefusedLineByLineAndNothingIsStored() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"),
                "primary_latency,shadow_latency,agreement\n0.030,0.031,true\n-1,0.052,false\n0.035,abc,true\n");
        ImportViewModel model = model(shadowId);
        model.form().file().set(file);
        model.importFile();

        assertThat(workspace.queries().shadowComparisonCount(shadowId)).isZero();
        assertThat(model.status().messageProperty().get()).startsWith("Refused: nothing was stored");
        assertThat(model.problems()).hasSize(2);
        assertThat(model.problems().get(0)).startsWith("line 3: primary_latency");
        assertThat(model.problems().get(1)).startsWith("line 4: shadow_latency");
        assertThat(model.importCommand().isRunning()).isFalse();
        assertThat(imported).isEmpty();
    }

    @Test
    void afterReadingTheBarShowsTheWritePhaseWithTheRowsWritten() throws IOException {
        StringBuilder csv = new StringBuilder("primary_latency,shadow_latency,agreement\n");
        for (int i = 0; i < 500; i++) {
            csv.append("0.030,0.031,true\n");
        }
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        ImportViewModel model = model(shadowId);
        model.form().file().set(file);
        List<String> seen = new ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> seen.add(now.fraction() + " " + now.phase()));

        model.importFile();

        assertThat(seen).as("not 100 %% while rows are written").anySatisfy(text -> assertThat(text)
                .startsWith("-1.0 Writing to the workspace · ").contains("rows written"));
        assertThat(seen).noneSatisfy(text -> assertThat(text).startsWith("1.0 W"));
        assertThat(model.progressProperty().get().phase()).isEmpty();
        assertThat(model.progressProperty().get().fraction()).isEqualTo(1.0);
    }

    @Test
    void choosingANewFileClearsTheLastRefusal() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "primary_latency,shadow_latency,agreement\n-1,0.05,true\n");
        ImportViewModel model = model(shadowId);
        model.form().file().set(bad);
        model.importFile();
        assertThat(model.problems()).isNotEmpty();

        model.form().file().set(dir.resolve("other.csv"));

        assertThat(model.problems()).isEmpty();
        assertThat(model.status().messageProperty().get()).isEmpty();
        assertThat(model.progressProperty().get().fraction()).isZero();
    }

    @Test
    void anUnknownTargetIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("good.csv"), "primary_latency,shadow_latency,agreement\n0.03,0.03,true\n");
        ImportViewModel model = model(null);
        assertThat(model.form().kind().get()).isEqualTo(ImportKind.METRICS);
        model.form().kind().set(ImportKind.SHADOW_COMPARISONS);
        model.form().targetId().set("shadow_missing");
        model.form().file().set(file);
        model.importFile();

        assertThat(model.status().messageProperty().get()).startsWith("Refused: nothing was stored").contains("shadow_missing");
        assertThat(imported).isEmpty();
    }

    @Test
    void anImportIsRecordedUnderTheConsolesOperatorAsSevereAsItsWorstCheck() throws IOException {
        String id = workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2.0.0",
                DeploymentStrategy.CANARY, "devops").build()).deploymentId();
        Path file = Files.writeString(dir.resolve("checks.csv"), "timestamp,status,message\n"
                + "2026-01-05T09:00:00Z,healthy,fine\n2026-01-05T09:10:00Z,unhealthy,errors\n");
        ImportViewModel model = model(id);
        model.form().kind().set(ImportKind.HEALTH_CHECKS);
        model.form().file().set(file);

        model.importFile();

        AuditEvent imported = workspace.audit().query(new AuditQuery(EventType.HEALTH_CHECK_RECORDED, null, null, id,
                null, null)).get(0);
        assertThat(imported.user()).isEqualTo("console-operator");
        workspace.health().addHealthCheck(id, HealthStatus.UNHEALTHY, null, "errors", "cli");
        AuditEvent added = workspace.audit().query(new AuditQuery(EventType.HEALTH_CHECK_RECORDED, "cli", null, id,
                null, null)).get(0);
        assertThat(imported.severity()).isEqualTo(added.severity()).isEqualTo(EventSeverity.ERROR);
    }
}
