package io.bellwether.domain;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Masking of secrets in outputs, and the bounds of an outcome's excerpt. */
class RedactionTest {

    @Test
    void masksKnownSecretsLongestFirst() {
        Redaction redaction = Redaction.of(List.of("abc", "abcdef", " "));

        assertThat(redaction.apply("x abcdef y abc z")).isEqualTo("x *** y *** z");
        assertThat(redaction.apply(null)).isNull();
    }

    @Test
    void masksValuesAfterCredentialLabels() {
        Redaction redaction = Redaction.of(List.of());

        assertThat(redaction.apply("Authorization: Bearer eyJhbGciOi.x.y\nstatus ok"))
                .isEqualTo("Authorization: Bearer ***\nstatus ok");
        assertThat(redaction.apply("{\"api_key\": \"k-123\", \"replicas\": 3}"))
                .isEqualTo("{\"api_key\": \"***\", \"replicas\": 3}");
        assertThat(redaction.apply("--token=t0k3n --namespace=prod")).isEqualTo("--token=*** --namespace=prod");
        assertThat(redaction.apply("rollout fraud-api promoted")).isEqualTo("rollout fraud-api promoted");
    }

    @Test
    void secretHeadersAreRecognisedByNameOrFlag() {
        assertThat(new HookHeader("Authorization", "x", false).isSecret()).isTrue();
        assertThat(new HookHeader("X-Api-Key", "x", false).isSecret()).isTrue();
        assertThat(new HookHeader("X-Auth-Token", "x", false).isSecret()).isTrue();
        assertThat(new HookHeader("X-Team", "x", false).isSecret()).isFalse();
        assertThat(new HookHeader("X-Team", "x", true).isSecret()).isTrue();
        assertThat(new HookHeader("Authorization", "Bearer ${env:T}", false).shownValue())
                .isEqualTo("Bearer ${env:T}");
        assertThat(new HookHeader("Authorization", "Bearer ${env:T}-suffix", false).shownValue()).isEqualTo("***");
    }

    @Test
    void outcomeExcerptsAreBounded() {
        HookOutcome outcome = HookOutcome.failure(HookAdapter.COMMAND, "/x", 1, null, Duration.ofNanos(1_999_999),
                "o".repeat(10_000), "e".repeat(10_000));

        assertThat(outcome.outputExcerpt()).hasSize(HookOutcome.MAX_EXCERPT).endsWith(HookOutcome.TRUNCATED);
        assertThat(outcome.error()).hasSize(HookOutcome.MAX_EXCERPT);
        assertThat(outcome.duration()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void masksEachPartOfASecretAfterItsSchemeWord() {
        Redaction redaction = Redaction.of(List.of("Bearer tok-5b2e81c0d9"));

        assertThat(redaction.apply("denied for tok-5b2e81c0d9")).isEqualTo("denied for ***");
        assertThat(redaction.apply("Bearer is the scheme")).isEqualTo("Bearer is the scheme");
    }

    @Test
    void shortValuesAreMaskedOnlyWhereTheyStandAlone() {
        Redaction redaction = Redaction.of(List.of("1", "ab12"));

        assertThat(redaction.apply("http://127.0.0.1:51383/hook?v=1")).isEqualTo("http://127.0.0.1:51383/hook?v=***");
        assertThat(redaction.apply("xab12y ab12")).isEqualTo("xab12y ***");
    }
}
