package io.bellwether.store;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.out.HookOutcomeStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.List;

/** Traffic-hook calls as append-only rows. */
record JdbcHookOutcomeStore(Connection connection) implements HookOutcomeStore {
    private static final String COLUMNS = "deployment_id, environment, event, operator, called_at, retry, adapter,"
            + " target, succeeded, exit_code, http_status, duration_ms, output_excerpt, error";
    private static final String ROLLBACK_EVENTS = "('" + TrafficAction.ROLLBACK.value() + "', '"
            + TrafficAction.EMERGENCY_ROLLBACK.value() + "', '" + TrafficAction.AUTOMATED_ROLLBACK.value() + "')";

    @Override
    public HookCall append(HookCall call) {
        return Sql.run("store a traffic hook call", () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO traffic_hook_calls ("
                    + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                HookOutcome o = call.outcome();
                insert.setString(1, call.deploymentId());
                insert.setString(2, call.environment());
                insert.setString(3, call.action().value());
                insert.setString(4, call.operator());
                Sql.setInstant(insert, 5, call.calledAt());
                insert.setBoolean(6, call.retry());
                insert.setString(7, o.adapter().value());
                insert.setString(8, o.target());
                insert.setBoolean(9, o.succeeded());
                setInteger(insert, 10, o.exitCode());
                setInteger(insert, 11, o.httpStatus());
                insert.setLong(12, o.duration().toMillis());
                insert.setString(13, o.outputExcerpt());
                insert.setString(14, o.error());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new HookCall(keys.getLong(1), call.deploymentId(), call.environment(), call.action(),
                            call.operator(), call.calledAt(), call.retry(), o);
                }
            }
        });
    }

    @Override
    public List<HookCall> forDeployment(String deploymentId) {
        return select("read the traffic hook calls of " + deploymentId,
                "WHERE deployment_id = ? ORDER BY id", deploymentId);
    }

    @Override
    public List<HookCall> failedLatestRollbackCalls() {
        return select("read the failed rollback hook calls", "WHERE id IN (SELECT MAX(id) FROM traffic_hook_calls"
                + " WHERE deployment_id IS NOT NULL AND event IN " + ROLLBACK_EVENTS + " GROUP BY deployment_id)"
                + " AND NOT succeeded ORDER BY id DESC");
    }

    private List<HookCall> select(String doing, String where, String... parameters) {
        return Sql.run(doing, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, " + COLUMNS + " FROM traffic_hook_calls " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                return Sql.all(select, JdbcHookOutcomeStore::call);
            }
        });
    }

    private static HookCall call(ResultSet rows) throws SQLException {
        HookOutcome outcome = new HookOutcome(HookAdapter.fromValue(rows.getString("adapter")),
                rows.getString("target"), rows.getBoolean("succeeded"), getInteger(rows, "exit_code"),
                getInteger(rows, "http_status"), Duration.ofMillis(rows.getLong("duration_ms")),
                rows.getString("output_excerpt"), rows.getString("error"));
        return new HookCall(rows.getLong("id"), rows.getString("deployment_id"), rows.getString("environment"),
                TrafficAction.fromValue(rows.getString("event")), rows.getString("operator"),
                Sql.getInstant(rows, "called_at"), rows.getBoolean("retry"), outcome);
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static Integer getInteger(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
