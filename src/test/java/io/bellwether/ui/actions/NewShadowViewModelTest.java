package io.bellwether.ui.actions;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class NewShadowViewModelTest {

    @Test
    void aValidFormGivesTheGuidesShadowRequest() {
        NewShadowViewModel form = new NewShadowViewModel();
        form.text(NewShadowViewModel.PRIMARY_MODEL).set("fraud_detector:v1.0.0");
        form.text(NewShadowViewModel.SHADOW_MODEL).set(" fraud_detector:v2.0.0 ");
        assertThat(form.check().validProperty().get()).isTrue();
        assertThat(form.check().value()).isEqualTo(new ShadowRequest("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0));
    }

    @Test
    void refusesMissingMalformedAndIdenticalModels() {
        NewShadowViewModel form = new NewShadowViewModel();
        assertThat(form.check().errorFor(NewShadowViewModel.PRIMARY_MODEL)).contains("primary_model is required");
        form.text(NewShadowViewModel.PRIMARY_MODEL).set("fraud_detector");
        assertThat(form.check().errorFor(NewShadowViewModel.PRIMARY_MODEL)).contains("model:version").contains("\"fraud_detector\"");
        form.text(NewShadowViewModel.PRIMARY_MODEL).set("fraud_detector:v1");
        form.text(NewShadowViewModel.SHADOW_MODEL).set("fraud_detector:v1");
        assertThat(form.check().errorFor(NewShadowViewModel.SHADOW_MODEL)).contains("must differ");
        assertThat(form.check().validProperty().get()).isFalse();
    }

    @Test
    void refusesTrafficOutsideTheDomainRange() {
        NewShadowViewModel form = new NewShadowViewModel();
        form.text(NewShadowViewModel.PRIMARY_MODEL).set("m:v1");
        form.text(NewShadowViewModel.SHADOW_MODEL).set("m:v2");
        form.text(NewShadowViewModel.TRAFFIC).set("150");
        assertThat(form.check().errorFor(NewShadowViewModel.TRAFFIC)).contains("traffic_percentage").contains("150");
        form.text(NewShadowViewModel.TRAFFIC).set("lots");
        assertThat(form.check().errorFor(NewShadowViewModel.TRAFFIC)).contains("\"lots\"");
        form.text(NewShadowViewModel.TRAFFIC).set("25");
        assertThat(form.check().value().trafficPercentage()).isEqualTo(25.0);
    }
}
