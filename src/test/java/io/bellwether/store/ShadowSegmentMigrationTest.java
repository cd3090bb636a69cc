package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace written by the previous schema (V4: one row per comparison, keyed
 * {@code shadow_key * 2^40 + n}, results in their own table) opens on V7 with every comparison in
 * segments and the tail, in order, results kept, and goes on recording.
 */
class ShadowSegmentMigrationTest {
    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aV4WorkspaceOpensWithEveryComparisonInSegmentsAndTail() throws Exception {
        Path database = folder.resolve("old");
        int many = ShadowSegments.SIZE + 700;
        List<ShadowComparison> first = comparisons(many);
        List<ShadowComparison> second = reversed(comparisons(5));
        try (Connection connection = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            Flyway.configure().dataSource(DatabaseFile.of(database).jdbcUrl(), "", "")
                    .locations("classpath:db/migration").target("4").load().migrate();
            connection.setAutoCommit(false);
            writeV4(connection, 1, "shadow_a", first);
            writeV4(connection, 2, "shadow_b", second);
            connection.commit();
        }
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            assertThat(workspace.queries().shadowComparisonCount("shadow_a")).isEqualTo(many);
            assertThat(workspace.queries().shadowComparisons("shadow_a", null, null)).isEqualTo(first);
            assertThat(workspace.queries().shadowComparisons("shadow_b", null, null)).isEqualTo(reversed(second));
            ShadowComparisonColumns columns = workspace.queries().shadowComparisonColumns("shadow_a");
            assertThat(columns.size()).isEqualTo(many);
            assertThat(workspace.shadows().compareShadowDeployment("shadow_a")).isEqualTo(reportOf(first));

            List<ShadowComparison> more = comparisons(ShadowSegments.SIZE - 700);
            workspace.shadows().recordShadowComparisons("shadow_a", more, Operators.systemUser());
            List<ShadowComparison> all = new ArrayList<>(first);
            all.addAll(more);
            all.sort(java.util.Comparator.comparing(ShadowComparison::timestamp));
            assertThat(workspace.queries().shadowComparisons("shadow_a", null, null)).isEqualTo(all);
        }
    }

    private static List<ShadowComparison> reversed(List<ShadowComparison> list) {
        List<ShadowComparison> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<ShadowComparison> comparisons(int count) {
        List<ShadowComparison> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new ShadowComparison(START.plusMillis(i).plusNanos(1_000L * (i % 1000)),
                    i % 97 == 0 ? "{\"n\":" + i + "}" : null, i % 89 == 0 ? "\"é" + i + "\"" : null,
                    0.01 + i * 1e-7, 0.02 + (i % 13) * 1e-3, i % 7 != 0));
        }
        return list;
    }

    /** What the previous release's store wrote for one shadow. */
    private static void writeV4(Connection connection, int key, String shadowId, List<ShadowComparison> comparisons)
            throws Exception {
        try (PreparedStatement shadow = connection.prepareStatement("INSERT INTO shadow_deployments (shadow_id,"
                + " shadow_key, primary_model, shadow_model, traffic_percentage, created_at, comparison_count)"
                + " VALUES (?, ?, 'm:1', 'm:2', 100, ?, ?)")) {
            shadow.setString(1, shadowId);
            shadow.setInt(2, key);
            shadow.setObject(3, OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
            shadow.setLong(4, comparisons.size());
            shadow.executeUpdate();
        }
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO shadow_comparisons (id, compared_at,"
                + " primary_latency, shadow_latency, agreement) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement result = connection.prepareStatement("INSERT INTO shadow_comparison_results"
                     + " (comparison_id, primary_result, shadow_result) VALUES (?, ?, ?)")) {
            long id = ((long) key << 40) + 1;
            for (ShadowComparison c : comparisons) {
                row.setLong(1, id);
                row.setObject(2, OffsetDateTime.ofInstant(c.timestamp(), ZoneOffset.UTC));
                row.setDouble(3, c.primaryLatency());
                row.setDouble(4, c.shadowLatency());
                row.setBoolean(5, c.agreement());
                row.addBatch();
                if (c.primaryResultJson() != null || c.shadowResultJson() != null) {
                    result.setLong(1, id);
                    result.setString(2, c.primaryResultJson());
                    result.setString(3, c.shadowResultJson());
                    result.executeUpdate();
                }
                id++;
            }
            row.executeBatch();
        }
    }

    private static ShadowReport reportOf(List<ShadowComparison> comparisons) {
        double[] primary = comparisons.stream().mapToDouble(ShadowComparison::primaryLatency).toArray();
        double[] shadow = comparisons.stream().mapToDouble(ShadowComparison::shadowLatency).toArray();
        return ShadowReport.compute(primary, shadow, comparisons.stream().filter(ShadowComparison::agreement).count());
    }
}
