package io.bellwether.ui.review;

import io.bellwether.domain.EventType;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.domain.PreDeploymentCheck.Link;
import io.bellwether.domain.PreDeploymentCheck.Place;
import io.bellwether.domain.PreDeploymentItem;
import io.bellwether.ui.common.DisplayFormats;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Each checklist line: its time in the console's one format, never the raw instant, and a caption per place. */
class ChecklistPanelModelTest {
    static final Instant APPROVED = Instant.parse("2026-12-02T05:07:01.483786Z");

    @Test
    void theApprovalTimeIsInTheOneFormatAndTheLinkSaysWhereItGoes() {
        ChecklistPanelModel.Line line = ChecklistPanelModel.line(new PreDeploymentCheck(PreDeploymentItem.APPROVAL_COMPLETED,
                true, "requested by eng, approved by mgr", APPROVED,
                new Link(Place.AUDIT_EVENT, "fraud_detector:v2.0.0", EventType.APPROVAL_GRANTED)));

        assertThat(line.text()).isEqualTo("\u2714 Approval workflow completed \u2014 requested by eng, approved by mgr at "
                + DisplayFormats.time(APPROVED)).doesNotContain("T05:07").doesNotContain("483786");
        assertThat(line.item()).isEqualTo("approval_completed");
        assertThat(line.linkCaption()).isEqualTo("Audit event");
    }

    @Test
    void everyPlaceButNoneHasALinkCaption() {
        for (Place place : Place.values()) {
            assertThat(ChecklistPanelModel.caption(new Link(place, "x"))).as(place.name())
                    .matches(place == Place.NONE ? "" : "\\S.*");
        }
        ChecklistPanelModel.Line unmet = ChecklistPanelModel.line(new PreDeploymentCheck(PreDeploymentItem.SHADOW_COMPLETED,
                false, "no shadow deployment of m:2", Link.NONE));
        assertThat(unmet.text()).isEqualTo("\u2718 Shadow deployment completed successfully \u2014 no shadow deployment of m:2");
        assertThat(unmet.linkCaption()).isEmpty();
    }
}
