package io.bellwether.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.bellwether.application.port.out.ModelStore;
import io.bellwether.application.service.Json;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model versions and promotion requests as rows; a version's metrics as a JSON object. */
record JdbcModelStore(Connection connection) implements ModelStore {
    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() { };
    private static final String MODEL_COLUMNS = "name, version, model_path, framework, created_by, created_at,"
            + " stage, metrics";
    private static final String REQUEST_COLUMNS = "model_name, model_version, from_stage, target_stage, status,"
            + " requested_by, justification, requested_at, reviewer, review_comment, reviewed_at";

    @Override
    public Optional<ModelVersion> find(String name, String version) {
        return Sql.run("read model " + name + " version " + version, () -> Sql.first(connection,
                "SELECT " + MODEL_COLUMNS + " FROM model_versions WHERE name = ? AND version = ?", JdbcModelStore::model,
                name, version));
    }

    @Override
    public void insert(ModelVersion m) {
        Sql.run("store model " + m.name() + " version " + m.version(), () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO model_versions ("
                    + MODEL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, m.name());
                insert.setString(2, m.version());
                insert.setString(3, m.modelPath());
                insert.setString(4, m.framework());
                insert.setString(5, m.createdBy());
                Sql.setInstant(insert, 6, m.createdAt());
                insert.setString(7, m.stage().name());
                insert.setString(8, Json.write("metrics", m.metrics()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public void updateStage(String name, String version, ModelStage stage) {
        Sql.run("change the stage of model " + name + " version " + version, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE model_versions SET stage = ? WHERE name = ? AND version = ?")) {
                update.setString(1, stage.name());
                update.setString(2, name);
                update.setString(3, version);
                return requireOne(update.executeUpdate(), "model " + name + " version " + version);
            }
        });
    }

    @Override
    public List<ModelVersion> list(String nameOrNull, ModelStage stageOrNull) {
        return Sql.run("list the registered models", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + MODEL_COLUMNS
                    + " FROM model_versions WHERE (CAST(? AS VARCHAR) IS NULL OR name = ?)"
                    + " AND (CAST(? AS VARCHAR) IS NULL OR stage = ?) ORDER BY name, created_at, version")) {
                String stage = stageOrNull == null ? null : stageOrNull.name();
                select.setString(1, nameOrNull);
                select.setString(2, nameOrNull);
                select.setString(3, stage);
                select.setString(4, stage);
                return Sql.all(select, JdbcModelStore::model);
            }
        });
    }

    @Override
    public long insertRequest(PromotionRequest r) {
        return Sql.run("store the promotion request of " + r.modelRef(), () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO promotion_requests ("
                    + REQUEST_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindRequest(insert, r);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void updateRequest(PromotionRequest r) {
        Sql.run("update promotion request " + r.id() + " of " + r.modelRef(), () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE promotion_requests SET ("
                    + REQUEST_COLUMNS + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?")) {
                bindRequest(update, r);
                update.setLong(12, r.id());
                return requireOne(update.executeUpdate(), "promotion request " + r.id());
            }
        });
    }

    @Override
    public Optional<PromotionRequest> latestRequest(String name, String version) {
        return Sql.run("read the promotion requests of " + name + " version " + version, () -> Sql.first(connection,
                "SELECT id, " + REQUEST_COLUMNS + " FROM promotion_requests WHERE model_name = ? AND model_version = ?"
                        + " ORDER BY id DESC LIMIT 1", JdbcModelStore::request, name, version));
    }

    @Override
    public List<PromotionRequest> requests(PromotionStatus statusOrNull) {
        return Sql.run("list the promotion requests", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, " + REQUEST_COLUMNS
                    + " FROM promotion_requests WHERE CAST(? AS VARCHAR) IS NULL OR status = ? ORDER BY id")) {
                String status = statusOrNull == null ? null : statusOrNull.name();
                select.setString(1, status);
                select.setString(2, status);
                return Sql.all(select, JdbcModelStore::request);
            }
        });
    }

    private static void bindRequest(PreparedStatement statement, PromotionRequest r) throws SQLException {
        statement.setString(1, r.modelName());
        statement.setString(2, r.version());
        statement.setString(3, r.fromStage().name());
        statement.setString(4, r.targetStage().name());
        statement.setString(5, r.status().name());
        statement.setString(6, r.requestedBy());
        statement.setString(7, r.justification());
        Sql.setInstant(statement, 8, r.requestedAt());
        statement.setString(9, r.reviewer());
        statement.setString(10, r.comment());
        Sql.setInstant(statement, 11, r.reviewedAt());
    }

    private static int requireOne(int updated, String what) {
        if (updated != 1) {
            throw new IllegalStateException("Expected to update one row of " + what + ", updated " + updated);
        }
        return updated;
    }

    private static ModelVersion model(ResultSet rows) throws SQLException {
        return new ModelVersion(rows.getString("name"), rows.getString("version"), rows.getString("model_path"),
                rows.getString("framework"), rows.getString("created_by"), Sql.getInstant(rows, "created_at"),
                ModelStage.fromValue(rows.getString("stage")), readMetrics(rows.getString("metrics")));
    }

    private static Map<String, Double> readMetrics(String json) {
        try {
            return Json.mapper().readValue(json, METRICS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored model metrics are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static PromotionRequest request(ResultSet rows) throws SQLException {
        return new PromotionRequest(rows.getLong("id"), rows.getString("model_name"), rows.getString("model_version"),
                ModelStage.fromValue(rows.getString("from_stage")),
                ModelStage.fromValue(rows.getString("target_stage")),
                PromotionStatus.fromValue(rows.getString("status")), rows.getString("requested_by"),
                rows.getString("justification"), Sql.getInstant(rows, "requested_at"), rows.getString("reviewer"),
                rows.getString("review_comment"), Sql.getInstant(rows, "reviewed_at"));
    }
}
