package io.bellwether.domain;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryRecordsTest {
    static final Instant T = Instant.parse("2026-03-14T09:26:53Z");

    @Test
    void aModelVersionRefusesBadFieldsByName() {
        assertThatThrownBy(() -> new ModelVersion("fraud:detector", "v1", "p", "f", "u", T, ModelStage.DEVELOPMENT,
                Map.of())).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("name must not contain ':'");
        assertThatThrownBy(() -> new ModelVersion("m", "v1", "p", "f", "u", T, null, Map.of()))
                .hasMessageStartingWith("stage is required");
        assertThatThrownBy(() -> new ModelVersion("m", "v1", "p", "f", "u", T, ModelStage.STAGING,
                Map.of("latency", Double.POSITIVE_INFINITY))).hasMessageStartingWith("metrics.latency must be a finite");
    }

    @Test
    void metricsAreSortedAndCannotBeChanged() {
        ModelVersion m = new ModelVersion("m", "v1", "p", "f", "u", T, ModelStage.DEVELOPMENT,
                Map.of("f1", 0.9, "accuracy", 0.95));

        assertThat(m.metrics().keySet()).containsExactly("accuracy", "f1");
        assertThatThrownBy(() -> m.metrics().put("auc", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(m.ref()).isEqualTo("m:v1");
    }

    @Test
    void aRequestHasAReviewerExactlyWhenDecided() {
        PromotionRequest pending = PromotionRequest.pending("m", "v1", ModelStage.DEVELOPMENT, ModelStage.PRODUCTION,
                "eng", "why", T);
        assertThatThrownBy(() -> new PromotionRequest(1, "m", "v1", ModelStage.DEVELOPMENT, ModelStage.PRODUCTION,
                PromotionStatus.APPROVED, "eng", "why", T, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reviewer must be set exactly when");
        assertThatThrownBy(() -> new PromotionRequest(1, "m", "v1", ModelStage.DEVELOPMENT, ModelStage.PRODUCTION,
                PromotionStatus.PENDING, "eng", "why", T, "mgr", null, T))
                .hasMessageStartingWith("reviewer must be set exactly when");
        assertThatThrownBy(() -> pending.decided(PromotionStatus.PENDING, "mgr", "c", T))
                .hasMessageStartingWith("decision must be approved or rejected");

        PromotionRequest rejected = pending.withId(7).decided(PromotionStatus.REJECTED, "mgr", "no", T.plusSeconds(5));
        assertThat(rejected.id()).isEqualTo(7);
        assertThat(rejected.isPending()).isFalse();
        assertThat(rejected.reviewedAt()).isEqualTo(T.plusSeconds(5));
    }

    @Test
    void aComparisonListsEveryMetricOfEitherSide() {
        ModelVersion left = new ModelVersion("m", "v1", "p", "f", "u", T, ModelStage.PRODUCTION,
                Map.of("accuracy", 0.9, "auc", 0.8));
        ModelVersion right = new ModelVersion("m", "v2", "p", "f", "u", T, ModelStage.DEVELOPMENT,
                Map.of("accuracy", 0.95, "f1", 0.7));

        ModelComparison comparison = ModelComparison.of(left, right);

        assertThat(comparison.rows()).containsExactly(new ModelComparison.MetricRow("accuracy", 0.9, 0.95),
                new ModelComparison.MetricRow("auc", 0.8, null), new ModelComparison.MetricRow("f1", null, 0.7));
        assertThat(comparison.rows().get(0).difference()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(comparison.rows().get(1).difference()).isNull();
    }

    @Test
    void stagesParseTheirWireNames() {
        assertThat(ModelStage.fromValue("production")).isEqualTo(ModelStage.PRODUCTION);
        assertThat(ModelStage.ARCHIVED.value()).isEqualTo("archived");
        assertThatThrownBy(() -> ModelStage.fromValue("live"))
                .hasMessage("stage must be one of development, staging, production, archived (got live)");
    }
}
