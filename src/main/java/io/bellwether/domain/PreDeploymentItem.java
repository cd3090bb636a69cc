package io.bellwether.domain;

/** The guide's pre-deployment checklist, in its order; the last two are confirmed by an operator. */
public enum PreDeploymentItem implements WireName {
    TESTED_IN_DEVELOPMENT("Model tested in development environment", true),
    SHADOW_COMPLETED("Shadow deployment completed successfully", false),
    BENCHMARKS_MET("Performance benchmarks meet requirements", false),
    ROLLBACK_PLAN("Rollback plan documented", false),
    MONITORING("Monitoring and alerting configured", false),
    STAKEHOLDERS_NOTIFIED("Stakeholders notified", true),
    APPROVAL_COMPLETED("Approval workflow completed", false);

    private final String title;
    private final boolean confirmedByOperator;

    PreDeploymentItem(String title, boolean confirmedByOperator) {
        this.title = title;
        this.confirmedByOperator = confirmedByOperator;
    }

    public String title() {
        return title;
    }

    public boolean confirmedByOperator() {
        return confirmedByOperator;
    }

    public static PreDeploymentItem fromValue(String text) {
        return WireNames.parse(PreDeploymentItem.class, "checklist item", text);
    }
}
