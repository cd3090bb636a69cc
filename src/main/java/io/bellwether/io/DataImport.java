package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.RecordSource;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.ShadowComparison;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Imports metrics, health checks or shadow comparisons from CSV or JSON Lines into a workspace,
 * whole or not at all: every bad line is reported with its number and reason, and only a clean file
 * is stored, in one transaction. Every kind streams: records are written while the file is read, in
 * bounded memory, and a bad line rolls the transaction back.
 *
 * <p>Columns / keys: {@code timestamp} (ISO-8601; without a zone it is UTC; kept to the
 * microsecond) and the guide's metric keys (a missing one is 0, not measured; in CSV custom metrics
 * are {@code custom_metrics.NAME} columns). Metrics also take an optional {@code request_count}: each
 * row is judged by the engine against the deployment's baseline and rollback config and stored as a
 * health check (HEALTHY, UNHEALTHY, or UNKNOWN when not judged); nothing is rolled back. Health
 * checks take {@code status} and an optional {@code message}. Shadow comparisons take
 * {@code primary_latency}, {@code shadow_latency}, {@code agreement} and an optional timestamp
 * (default: the import's time).
 */
public final class DataImport {
    public static final String TIMESTAMP = "timestamp";
    public static final String REQUEST_COUNT = "request_count";
    public static final String STATUS = "status";
    public static final String MESSAGE = "message";
    private static final RecordReader READER = new RecordReader(Set.of(TIMESTAMP, STATUS, MESSAGE), List.of());

    private final Workspace workspace;
    private final String actor;
    private final LongConsumer rowsWritten;

    /** An import by the OS user (the command line). */
    public DataImport(Workspace workspace) {
        this(workspace, Operators.systemUser(), written -> { });
    }

    /**
     * @param actor       who the import is recorded under (the console's operator)
     * @param rowsWritten told how many shadow comparisons are written so far, as they are
     */
    public DataImport(Workspace workspace, String actor, LongConsumer rowsWritten) {
        this.workspace = workspace;
        this.actor = actor;
        this.rowsWritten = rowsWritten;
    }

    public ImportResult importFile(ImportKind kind, String targetId, Path file, Instant now,
                                   ProgressListener progress) throws IOException, ImportRefusedException {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(kind, targetId, in, Files.size(file), now, progress);
        }
    }

    /**
     * Reads {@code in} (not closed) and stores its records; unknown targets raise NotFoundException
     * before the file is read. {@code now} stamps comparisons that carry no timestamp.
     */
    public ImportResult importStream(ImportKind kind, String targetId, InputStream in, long totalBytes, Instant now,
                                     ProgressListener progress) throws IOException, ImportRefusedException {
        long stored;
        try {
            if (kind == ImportKind.SHADOW_COMPARISONS) {
                workspace.queries().getShadowDeployment(targetId);
                stored = workspace.shadows().recordShadowComparisons(targetId,
                        fileRecords(in, totalBytes, record -> comparison(record, now), progress), actor, rowsWritten);
            } else {
                Deployment deployment = workspace.queries().getDeployment(targetId);
                stored = workspace.health().addHealthChecks(targetId, fileRecords(in, totalBytes,
                        record -> kind == ImportKind.METRICS ? judged(deployment, record) : healthCheck(record),
                        progress), actor);
            }
        } catch (IOException | ImportRefusedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new ImportResult(kind, targetId, stored);
    }

    /**
     * The file's records, read, checked and handed to the store in one pass inside its transaction: they
     * go to the store while the file is clean; after a bad line the rest is only checked, and the refusal
     * rolls everything back.
     */
    private static <T> RecordSource<T, Exception> fileRecords(InputStream in, long totalBytes,
                                                             Function<ObjectNode, T> convert,
                                                             ProgressListener progress) {
        return sink -> {
            RecordProblems problems = new RecordProblems();
            long[] records = {0};
            read(in, totalBytes, (line, record) -> {
                T converted = convert.apply(record);
                records[0]++;
                if (problems.isEmpty()) {
                    sink.accept(converted);
                }
            }, problems, progress);
            refuseIfBad(problems, records[0]);
        };
    }

    private static void read(InputStream in, long totalBytes, RecordReader.RecordConsumer records,
                             RecordProblems problems, ProgressListener progress) throws IOException, ImportRefusedException {
        try {
            READER.read(in, totalBytes, records, problems, progress);
        } catch (RecordFormatException e) {
            throw new ImportRefusedException(List.of(e.problem()), 0);
        }
    }

    private static void refuseIfBad(RecordProblems problems, long records) throws ImportRefusedException {
        if (!problems.isEmpty()) {
            throw problems.refusal();
        }
        if (records == 0) {
            throw ImportRefusedException.of(1, null, "the file holds no records");
        }
    }

    private static HealthCheck judged(Deployment deployment, ObjectNode record) {
        PerformanceMetrics metrics = PerformanceMetricsJson.read(record);
        Instant at = timestamp(record);
        RollbackDecision decision;
        if (record.get(REQUEST_COUNT) == null) {
            return new HealthCheck(at, HealthStatus.UNKNOWN, metrics, "Not judged: no request_count");
        }
        long requests = JsonFields.wholeNumber(record, REQUEST_COUNT, 0);
        if (requests < 0) {
            throw new InvalidInputException(REQUEST_COUNT, requests, "must not be negative");
        }
        decision = deployment.baselineMetrics() == null
                ? RollbackDecision.skipped(RollbackDecision.Skipped.NOT_EVALUATED)
                : RollbackPolicy.evaluate(deployment.baselineMetrics(), metrics, deployment.rollbackConfig(), requests);
        return new HealthCheck(at, decision.healthStatus(), metrics, decision.healthMessage());
    }

    private static HealthCheck healthCheck(ObjectNode record) {
        HealthStatus status = HealthStatus.fromValue(JsonFields.text(record, STATUS));
        String message = record.get(MESSAGE) == null ? "" : JsonFields.text(record, MESSAGE);
        return new HealthCheck(timestamp(record), status, PerformanceMetricsJson.read(record), message);
    }

    private static ShadowComparison comparison(ObjectNode record, Instant now) {
        Instant at = record.get(TIMESTAMP) == null ? now.truncatedTo(ChronoUnit.MICROS) : timestamp(record);
        return ShadowComparison.of(at,
                ComparisonReader.latency(record, ComparisonReader.PRIMARY_LATENCY),
                ComparisonReader.latency(record, ComparisonReader.SHADOW_LATENCY),
                ComparisonReader.agreement(record));
    }

    static Instant timestamp(JsonNode record) {
        if (record.get(TIMESTAMP) == null) {
            throw new InvalidInputException(TIMESTAMP, "nothing", "is required");
        }
        String text = JsonFields.text(record, TIMESTAMP).trim();
        try {
            return Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException again) {
                throw new InvalidInputException(TIMESTAMP, "\"" + text + "\"",
                        "must be an ISO-8601 time such as 2026-01-05T09:00:00Z");
            }
        }
    }
}
