package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.ChainVerification;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Edits the stored audit trail with plain SQL, as an intruder would, and expects verify() to notice. */
class AuditTamperTest {
    @TempDir
    Path folder;
    Path database;

    @BeforeEach
    void writeFiveEvents() {
        database = folder.resolve("bellwether");
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            Workspace service = workspace;
            String id = service.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2",
                    DeploymentStrategy.CANARY, "devops").build()).deploymentId();
            service.lifecycle().startDeployment(id, "alice");
            service.lifecycle().completeDeployment(id, "alice");
            service.lifecycle().rollbackDeployment(id, "EMERGENCY: outage", "bob");
            service.shadows().shadowDeploy("fraud_detector:v2", "fraud_detector:v3", 50, Operators.systemUser());
            assertThat(workspace.audit().verify()).isEqualTo(new ChainVerification(true, 5, null, null));
        }
    }

    @Test
    void editedDetailsAreFound() throws SQLException {
        sql("UPDATE audit_events SET details = REPLACE(details, 'EMERGENCY: outage', 'routine') WHERE sequence = 4");

        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(4L);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void editedSeverityIsFound() throws SQLException {
        sql("UPDATE audit_events SET severity = 'INFO' WHERE sequence = 4");

        assertThat(verify().firstBrokenSequence()).isEqualTo(4L);
    }

    @Test
    void editedRowWithRecomputedLinkIsStillFoundByItsOwnHash() throws SQLException {
        sql("UPDATE audit_events SET user_name = 'mallory' WHERE sequence = 2");

        assertThat(verify().firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void deletedRowIsFound() throws SQLException {
        sql("DELETE FROM audit_events WHERE sequence = 3");

        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(3L);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void deletedAndRenumberedRowsAreFound() throws SQLException {
        sql("DELETE FROM audit_events WHERE sequence = 3");
        sql("UPDATE audit_events SET sequence = sequence - 1 WHERE sequence > 3");

        ChainVerification result = verify();
        assertThat(result.firstBrokenSequence()).isEqualTo(3L);
        assertThat(result.problem()).contains("link");
    }

    @Test
    void reorderedRowsAreFound() throws SQLException {
        sql("UPDATE audit_events SET sequence = 100 WHERE sequence = 2");
        sql("UPDATE audit_events SET sequence = 2 WHERE sequence = 3");
        sql("UPDATE audit_events SET sequence = 3 WHERE sequence = 100");

        assertThat(verify().firstBrokenSequence()).isEqualTo(2L);
    }

    private ChainVerification verify() {
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            return workspace.audit().verify();
        }
    }

    private void ddl(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database);
             Statement drop = connection.createStatement()) {
            drop.execute(statement);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database);
             Statement update = connection.createStatement()) {
            assertThat(update.executeUpdate(statement)).isPositive();
        }
    }

    @Test
    void rowsDeletedFromTheEndAreFound() throws SQLException {
        sql("DELETE FROM audit_events WHERE sequence >= 4");

        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(4L);
        assertThat(result.problem()).contains("events 4 to 5 are missing");
    }

    @Test
    void everyRowDeletedIsFound() throws SQLException {
        sql("DELETE FROM audit_events");

        assertThat(verify().firstBrokenSequence()).isEqualTo(1L);
    }

    @Test
    void aDeletedChainHeadIsFound() throws SQLException {
        sql("DELETE FROM audit_chain_head");

        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("chain head is missing");
    }

    @Test
    void theHeadAndAnchorMigrationsStartFromTheEventsAlreadyStored() throws SQLException {
        ddl("DROP TABLE audit_chain_head");
        ddl("DROP TABLE metrics_bindings"); // a workspace from before V4 has none of the later migrations
        sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5', '6')");
        ddl("DROP TABLE audit_genesis");
        for (String table : List.of("deployments", "shadow_deployments", "model_versions", "promotion_requests",
                "traffic_hook_calls")) {
            ddl("ALTER TABLE " + table + " DROP COLUMN audit_sequence");
            ddl("ALTER TABLE " + table + " DROP COLUMN audit_hash");
        }
        // Later migrations (V7 on) are applied already, so V4 to V6 now run out of order, as on a V3 workspace.
        Migrations.configuration().dataSource("jdbc:h2:file:" + database, "", "").outOfOrder(true).load().migrate();

        assertThat(verify()).isEqualTo(new ChainVerification(true, 5, null, null));
    }

    @Test
    void everyEventAndTheHeadDeletedWhileDeploymentsExistIsFound() throws SQLException {
        sql("DELETE FROM audit_events");
        sql("DELETE FROM audit_chain_head");

        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("deployment deploy_").contains("missing or was rewritten");
    }

    @Test
    void eventsCutFromTheEndWithTheHeadMovedBackAreFound() throws SQLException {
        sql("DELETE FROM audit_events WHERE sequence >= 4");
        sql("UPDATE audit_chain_head SET last_sequence = 3,"
                + " last_hash = (SELECT hash FROM audit_events WHERE sequence = 3)");

        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("was last changed by audit event");
    }

    @Test
    void aDeletedGenesisRecordIsFound() throws SQLException {
        sql("DELETE FROM audit_genesis");

        assertThat(verify().problem()).contains("genesis record is missing");
    }

    @Test
    void aRowWithoutItsAnchorIsFound() throws SQLException {
        sql("UPDATE shadow_deployments SET audit_sequence = NULL, audit_hash = NULL");

        assertThat(verify().problem()).contains("shadow deployment shadow_").contains("no audit anchor");
    }

    @Test
    void aRecordedAnchorProvesTheChainUpToItAndARewrittenOneIsFound() throws SQLException {
        String anchor;
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            anchor = workspace.audit().anchor().orElseThrow().hash();
            assertThat(workspace.audit().anchor().orElseThrow().sequence()).isEqualTo(5);
            assertThat(workspace.audit().verify(anchor).intact()).isTrue();
        }
        sql("DELETE FROM audit_events WHERE sequence = 5");
        sql("UPDATE audit_chain_head SET last_sequence = 4,"
                + " last_hash = (SELECT hash FROM audit_events WHERE sequence = 4)");
        sql("UPDATE shadow_deployments SET (audit_sequence, audit_hash) ="
                + " (SELECT sequence, hash FROM audit_events WHERE sequence = 4)");

        assertThat(verify().intact()).as("rewritten consistently, only the anchor shows it").isTrue();
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            assertThat(workspace.audit().verify(anchor).problem()).contains("is not in the chain");
        }
    }
}
