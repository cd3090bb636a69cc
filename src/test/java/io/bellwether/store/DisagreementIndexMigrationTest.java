package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DisagreementPage;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.ShadowComparison;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** A V7 workspace (a sealed segment and a tail, no disagreement index) opens on V8 with every disagreement indexed. */
class DisagreementIndexMigrationTest {
    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void v8BackfillsTheIndexFromSegmentsAndTail() throws Exception {
        Path database = folder.resolve("v7");
        int count = ShadowSegments.SIZE + 300;
        v7Workspace(database, count, i -> START.plusMillis(i));
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            DisagreementPage newest = workspace.shadows().disagreements().page("shadow_a", DisagreementFilter.ALL, 1, 1);
            long expected = (count + 6) / 7;
            assertThat(newest.total()).isEqualTo(expected);
            int last = (count - 1) / 7 * 7;
            assertThat(newest.rows().get(0).comparisonNo()).isEqualTo(last);
            DisagreementPage oldest = workspace.shadows().disagreements().page("shadow_a", DisagreementFilter.ALL,
                    (int) expected, 1);
            assertThat(oldest.rows().get(0).comparisonNo()).isZero();
            assertThat(oldest.rows().get(0).primaryResultJson()).isEqualTo("{\"n\":0}");
            assertThat(oldest.rows().get(0).timestamp()).isEqualTo(START);
        }
    }

    /** V8 numbered in recording order; V11 numbers by comparison time, so newest first is by time. */
    @Test
    void v11NumbersRecordedOutOfOrderDisagreementsByTime() throws Exception {
        Path database = folder.resolve("late");
        v7Workspace(database, 700, i -> START.plusSeconds(700 - i));
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            DisagreementPage first = workspace.shadows().disagreements().page("shadow_a", DisagreementFilter.ALL, 1, 3);
            assertThat(first.rows()).extracting(d -> d.comparisonNo()).containsExactly(0L, 7L, 14L);
            DisagreementFilter slower = new DisagreementFilter(START.plusSeconds(700 - 14), null, 5.0, null);
            assertThat(workspace.shadows().disagreements().page("shadow_a", slower, 1, 10).rows())
                    .extracting(d -> d.comparisonNo()).containsExactly(0L, 7L, 14L);
        }
    }

    private static void v7Workspace(Path database, int count, java.util.function.IntFunction<Instant> time)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            Flyway.configure().dataSource(DatabaseFile.of(database).jdbcUrl(), "", "")
                    .locations("classpath:db/migration").javaMigrations(new V7__ShadowSegments()).target("7")
                    .load().migrate();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_deployments (shadow_id,"
                    + " primary_model, shadow_model, traffic_percentage, created_at, shadow_key) VALUES"
                    + " ('shadow_a', 'm:1', 'm:2', 100, ?, 1)")) {
                Sql.setInstant(insert, 1, START);
                insert.executeUpdate();
            }
            JdbcComparisonAppender appender = new JdbcComparisonAppender(connection, "shadow_a", 1, 0, false);
            for (int i = 0; i < count; i++) {
                appender.add(new ShadowComparison(time.apply(i), i % 3 == 0 ? "{\"n\":" + i + "}" : null,
                        "\"s\"", 0.01, 0.02, i % 7 != 0));
            }
            appender.finish();
            connection.commit();
        }
    }
}
