package io.bellwether.ui.actions;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.RollbackConfig;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewDeploymentViewModelTest {

    private static NewDeploymentViewModel filledIn() {
        NewDeploymentViewModel form = new NewDeploymentViewModel("alice");
        form.text(NewDeploymentViewModel.MODEL_NAME).set("fraud_detector");
        form.text(NewDeploymentViewModel.MODEL_VERSION).set("v2.0.0");
        return form;
    }

    @Test
    void startsWithTheBalancedPresetAndTheOperatorAsCreator() {
        NewDeploymentViewModel form = new NewDeploymentViewModel("alice");
        assertThat(form.presetProperty().get()).isEqualTo(RollbackPreset.BALANCED);
        assertThat(form.text(NewDeploymentViewModel.ERROR_RATE_THRESHOLD).get()).as("in %").isEqualTo("1");
        assertThat(form.text(NewDeploymentViewModel.LATENCY_MULTIPLIER).get()).isEqualTo("1.5");
        assertThat(form.text(NewDeploymentViewModel.MIN_REQUESTS).get()).isEqualTo("1000");
        assertThat(form.text(NewDeploymentViewModel.CHECK_INTERVAL).get()).isEqualTo("60");
        assertThat(form.text(NewDeploymentViewModel.CREATED_BY).get()).isEqualTo("alice");
    }

    @Test
    void anUntouchedFormIsIncompleteWithoutMessagesUntilTheFirstEdit() {
        NewDeploymentViewModel form = new NewDeploymentViewModel("alice");
        assertThat(form.check().validProperty().get()).isFalse();
        assertThat(form.check().firstErrorProperty().get()).isNull();
        assertThat(form.check().errorFor(NewDeploymentViewModel.MODEL_NAME)).isNull();

        form.text(NewDeploymentViewModel.MODEL_VERSION).set("v");

        assertThat(form.check().firstErrorProperty().get()).contains("model_name").contains("required");
    }

    @Test
    void anEmptyFormIsInvalidAndNamesTheMissingModelName() {
        NewDeploymentViewModel form = new NewDeploymentViewModel("alice");
        form.check().showErrors();
        assertThat(form.check().validProperty().get()).isFalse();
        assertThat(form.check().errorFor(NewDeploymentViewModel.MODEL_NAME)).contains("model_name").contains("required");
        assertThat(form.check().errorFor(NewDeploymentViewModel.MODEL_VERSION)).contains("model_version");
        assertThatThrownBy(form.check()::value).hasMessageContaining("model_name");
    }

    @Test
    void eachPresetFillsTheGuidesThresholds() {
        NewDeploymentViewModel form = filledIn();
        form.presetProperty().set(RollbackPreset.CONSERVATIVE);
        assertThat(form.check().value().rollbackConfig()).isEqualTo(RollbackConfig.CONSERVATIVE);
        form.presetProperty().set(RollbackPreset.AGGRESSIVE);
        assertThat(form.check().value().rollbackConfig()).isEqualTo(RollbackConfig.AGGRESSIVE);
        assertThat(form.text(NewDeploymentViewModel.CHECK_INTERVAL).get()).isEqualTo("300");
        form.presetProperty().set(RollbackPreset.BALANCED);
        assertThat(form.check().value().rollbackConfig()).isEqualTo(RollbackConfig.BALANCED);
    }

    @Test
    void editingAThresholdMakesThePresetCustomAndBackWhenItMatchesAgain() {
        NewDeploymentViewModel form = filledIn();
        form.text(NewDeploymentViewModel.ERROR_RATE_THRESHOLD).set("3");
        assertThat(form.presetProperty().get()).isEqualTo(RollbackPreset.CUSTOM);
        assertThat(form.check().value().rollbackConfig().errorRateThreshold()).isEqualTo(0.03);
        form.text(NewDeploymentViewModel.ERROR_RATE_THRESHOLD).set("1");
        assertThat(form.presetProperty().get()).isEqualTo(RollbackPreset.BALANCED);
    }

    @Test
    void badNumbersAreRefusedNamingTheFieldAndTheValue() {
        NewDeploymentViewModel form = filledIn();
        form.text(NewDeploymentViewModel.LATENCY_MULTIPLIER).set("fast");
        assertThat(form.check().validProperty().get()).isFalse();
        assertThat(form.check().errorFor(NewDeploymentViewModel.LATENCY_MULTIPLIER))
                .contains("latency_threshold_multiplier").contains("\"fast\"");
        form.text(NewDeploymentViewModel.LATENCY_MULTIPLIER).set("0");
        assertThat(form.check().errorFor(NewDeploymentViewModel.LATENCY_MULTIPLIER)).contains("greater than 0").contains("0.0");
        form.text(NewDeploymentViewModel.LATENCY_MULTIPLIER).set("1.5");
        form.text(NewDeploymentViewModel.ERROR_RATE_THRESHOLD).set("150");
        assertThat(form.check().errorFor(NewDeploymentViewModel.ERROR_RATE_THRESHOLD)).contains("between 0 and 1").contains("1.5");
        form.text(NewDeploymentViewModel.ERROR_RATE_THRESHOLD).set("1");
        form.text(NewDeploymentViewModel.MIN_REQUESTS).set("-5");
        assertThat(form.check().errorFor(NewDeploymentViewModel.MIN_REQUESTS)).contains("min_requests_before_check").contains("-5");
        form.text(NewDeploymentViewModel.MIN_REQUESTS).set("1000");
        assertThat(form.check().validProperty().get()).isTrue();
    }

    @Test
    void aBaselineIsOptionalButCheckedWhenGiven() {
        NewDeploymentViewModel form = filledIn();
        assertThat(form.check().value().baselineMetrics()).isNull();
        form.text(NewDeploymentViewModel.BASELINE_P95).set("50");
        assertThat(form.check().value().baselineMetrics().latencyP95()).isEqualTo(0.050);
        assertThat(form.check().value().baselineMetrics().latencyP50()).isZero();
        form.text(NewDeploymentViewModel.BASELINE_P50).set("80");
        assertThat(form.check().validProperty().get()).isFalse();
        assertThat(form.check().errorFor("baseline latency_p50")).startsWith("baseline latency_p50").contains("0.08");
        form.text(NewDeploymentViewModel.BASELINE_P50).set("35");
        form.text(NewDeploymentViewModel.BASELINE_ERROR_RATE).set("abc");
        assertThat(form.check().errorFor("baseline error_rate")).contains("\"abc\"");
    }

    @Test
    void aCanaryCarriesItsTrafficPlanAndOtherStrategiesDoNot() {
        NewDeploymentViewModel form = filledIn();
        DeploymentRequest canary = form.check().value();
        assertThat(canary.strategy()).isEqualTo(DeploymentStrategy.CANARY);
        assertThat(canary.metadata()).containsEntry("initial_traffic", 0.05).containsEntry("target_traffic", 1.0)
                .containsEntry("increment", 0.05).containsEntry("increment_interval_hours", 24.0);
        form.text(NewDeploymentViewModel.INITIAL_TRAFFIC).set("50");
        form.text(NewDeploymentViewModel.TARGET_TRAFFIC).set("25");
        assertThat(form.check().errorFor(NewDeploymentViewModel.INITIAL_TRAFFIC)).contains("must not exceed target_traffic");
        form.strategyProperty().set(DeploymentStrategy.BLUE_GREEN);
        assertThat(form.check().validProperty().get()).isTrue();
        assertThat(form.check().value().metadata()).isEmpty();
    }

    @Test
    void trafficAndErrorRatesAreTypedInPercentAndLatenciesInMs() {
        NewDeploymentViewModel form = filledIn();
        form.text(NewDeploymentViewModel.INITIAL_TRAFFIC).set("7");
        form.text(NewDeploymentViewModel.BASELINE_P99).set("75");
        form.text(NewDeploymentViewModel.BASELINE_ERROR_RATE).set("0.1");

        DeploymentRequest request = form.check().value();

        assertThat(request.metadata()).containsEntry("initial_traffic", 0.07);
        assertThat(request.baselineMetrics().latencyP99()).isEqualTo(0.075);
        assertThat(request.baselineMetrics().errorRate()).isEqualTo(0.001);
        assertThat(request.rollbackConfig().errorRateThreshold()).isEqualTo(0.01);
    }

    @Test
    void namesWithSpacesAreRefused() {
        NewDeploymentViewModel form = filledIn();
        form.text(NewDeploymentViewModel.MODEL_NAME).set("fraud detector");
        assertThat(form.check().errorFor(NewDeploymentViewModel.MODEL_NAME)).contains("\"fraud detector\"");
        form.text(NewDeploymentViewModel.MODEL_NAME).set("fraud_detector");
        form.text(NewDeploymentViewModel.ENVIRONMENT).set(" ");
        assertThat(form.check().errorFor(NewDeploymentViewModel.ENVIRONMENT)).contains("environment is required");
    }
}
