package io.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.AuditStore.ChainHead;
import io.bellwether.application.port.out.StoredAuditEvent;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ShadowComparison;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded workspace's writer keeps the audit chain's head and the last health check's id in memory:
 * appends after the first do not read the head row, a rolled-back append is forgotten, and every open starts
 * again from the file (another process may have written it meanwhile).
 */
class WriterMemoryTest {
    private static final PerformanceMetrics METRICS = new PerformanceMetrics(0.03, 0.05, 0.07, 0.001, 100);

    @TempDir
    Path folder;

    @Test
    void aTransactionSeesItsOwnValuesAndLaterOnesOnlyWhatCommitted() {
        WriterMemory memory = WriterMemory.forOneTransaction();
        memory.headIs(new ChainHead(7, "h7"));
        memory.lastHealthCheckIdIs(41);
        assertThat(memory.head()).contains(new ChainHead(7, "h7"));
        memory.committed();
        memory.headIs(new ChainHead(8, "h8"));
        assertThat(memory.head()).contains(new ChainHead(8, "h8"));

        memory.forget();

        assertThat(memory.head()).isEmpty();
        assertThat(memory.lastHealthCheckId()).isEmpty();
    }

    @Test
    void appendsAfterTheFirstContinueFromTheRememberedHeadNotTheRow() throws Exception {
        Path database = folder.resolve("w");
        try (H2WorkspaceStore store = H2WorkspaceStore.open(database)) {
            ChainHead genesis = firstEvent(store);
            store.write(tx -> {
                tx.audit().append(event(genesis.sequence() + 1, genesis.hash(), "a".repeat(64)));
                return null;
            });
            try (Connection other = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl());
                 PreparedStatement edit = other.prepareStatement("UPDATE audit_chain_head SET last_hash = ?")) {
                edit.setString(1, "e".repeat(64));
                edit.executeUpdate();
            }

            assertThat(head(store)).isEqualTo(new ChainHead(genesis.sequence() + 1, "a".repeat(64)));
        }
    }

    @Test
    void anAppendThatRolledBackIsForgotten() {
        try (H2WorkspaceStore store = H2WorkspaceStore.open(folder.resolve("w"))) {
            ChainHead before = firstEvent(store);

            assertThatThrownBy(() -> store.write(tx -> {
                tx.audit().append(event(before.sequence() + 1, before.hash(), "b".repeat(64)));
                throw new IllegalStateException("refused after the event was appended");
            })).hasMessage("refused after the event was appended");

            assertThat(head(store)).isEqualTo(before);
        }
    }

    @Test
    void everyOpenStartsFromTheFileNotFromAnEarlierOpenInThisProcess() throws Exception {
        Path database = folder.resolve("w");
        ChainHead before;
        try (H2WorkspaceStore store = H2WorkspaceStore.open(database)) {
            before = firstEvent(store);
            store.write(tx -> {
                tx.audit().append(event(before.sequence() + 1, before.hash(), "c".repeat(64)));
                return null;
            });
        }
        // What another process may do while this one has the workspace closed: cut the last event off
        // and move the head back, consistently (or restore a backup).
        try (Connection other = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            other.createStatement().executeUpdate("DELETE FROM audit_events WHERE sequence = " + (before.sequence() + 1));
            try (PreparedStatement back = other.prepareStatement(
                    "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ?")) {
                back.setLong(1, before.sequence());
                back.setString(2, before.hash());
                back.executeUpdate();
            }
        }

        try (H2WorkspaceStore store = H2WorkspaceStore.open(database)) {
            assertThat(head(store)).isEqualTo(before);
        }
    }

    @Test
    void aHeadRowThatNamesNoEventIsTakenAsItIsNotFromAnEarlierOpen() throws Exception {
        Path database = folder.resolve("w");
        try (H2WorkspaceStore store = H2WorkspaceStore.open(database)) {
            firstEvent(store);
        }
        try (Connection other = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            other.createStatement().executeUpdate("UPDATE audit_chain_head SET last_sequence = 99, last_hash = '"
                    + "9".repeat(64) + "'");
        }

        try (H2WorkspaceStore store = H2WorkspaceStore.open(database)) {
            assertThat(head(store)).isEqualTo(new ChainHead(99, "9".repeat(64)));
        }
    }

    @Test
    void healthCheckIdsContinueFromTheFileAfterAnotherProcessAddedChecks() throws Exception {
        Path database = folder.resolve("w");
        String id;
        try (Workspace workspace = Bellwether.open(database)) {
            id = workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2",
                    DeploymentStrategy.CANARY, "ops").build()).deploymentId();
            workspace.health().addHealthCheck(id, HealthStatus.HEALTHY, METRICS, "first", "ops");
        }
        try (Connection other = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            other.createStatement().executeUpdate("INSERT INTO health_checks SELECT id + 1, deployment_id,"
                    + " checked_at, status, latency_p50, latency_p95, latency_p99, error_rate, requests_per_second,"
                    + " custom_metrics, 'another process' FROM health_checks");
        }

        try (Workspace workspace = Bellwether.open(database)) {
            workspace.health().addHealthCheck(id, HealthStatus.DEGRADED, METRICS, "third", "ops");
            assertThat(workspace.queries().healthHistory(id, null, null)).extracting(HealthCheck::message)
                    .containsExactly("first", "another process", "third");
        }
    }

    @Test
    void aShadowsCountAfterAnImportThatFailedPastASealIsTheStoredOne() throws Exception {
        try (Workspace workspace = Bellwether.open(folder.resolve("w"))) {
            String shadowId = workspace.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 10, "ops")
                    .shadowId();
            workspace.shadows().recordShadowComparisons(shadowId, List.of(comparison(0), comparison(1)), "ops");
            java.io.IOException unreadable = new java.io.IOException("the file ended early");

            assertThatThrownBy(() -> workspace.shadows().recordShadowComparisons(shadowId, sink -> {
                for (int i = 0; i < ShadowSegments.SIZE + 10; i++) {
                    sink.accept(comparison(i));
                }
                throw unreadable;
            }, "ops", written -> { })).isSameAs(unreadable);
            workspace.shadows().recordShadowComparison(shadowId, null, null, 0.03, 0.04, true);

            assertThat(workspace.queries().shadowComparisonCount(shadowId)).isEqualTo(3);
            assertThat(workspace.shadows().compareShadowDeployment(shadowId).totalRequests()).isEqualTo(3);
        }
    }

    private static ShadowComparison comparison(int i) {
        return ShadowComparison.of(Instant.parse("2026-03-01T00:00:00Z").plusMillis(i), 0.03, 0.04, i % 3 != 0);
    }

    /** A new workspace has no event and no head row: its first event, as the chain's head. */
    private static ChainHead firstEvent(H2WorkspaceStore store) {
        java.util.Optional<ChainHead> none = store.write(tx -> tx.audit().head());
        assertThat(none).isEmpty();
        store.write(tx -> {
            tx.audit().append(event(1, "0".repeat(64), "1".repeat(64)));
            return null;
        });
        return head(store);
    }

    private static ChainHead head(H2WorkspaceStore store) {
        return store.write(tx -> tx.audit().head()).orElseThrow();
    }

    private static StoredAuditEvent event(long sequence, String previousHash, String hash) {
        return new StoredAuditEvent(sequence, UUID.randomUUID().toString(), Instant.parse("2026-03-01T00:00:00Z"),
                "CONFIGURATION_CHANGED", "INFO", "test", "settings", "console", "test", "{}", previousHash, hash);
    }
}
