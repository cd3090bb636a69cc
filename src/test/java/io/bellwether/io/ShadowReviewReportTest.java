package io.bellwether.io;

import io.bellwether.application.port.in.ShadowReview;
import io.bellwether.domain.ModelComparison;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.PyFormat;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.nio.file.Files;
import java.nio.file.Path;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.domain.PreDeploymentItem;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class ShadowReviewReportTest {
    static final Instant T = Instant.parse("2026-03-14T09:26:53Z");
    static final ModelVersion PRODUCTION = new ModelVersion("fraud_detector", "v1.0.0", "./v1.pt", "pytorch", "ds",
            T, ModelStage.PRODUCTION, Map.of("accuracy", 0.94));
    static final ModelVersion CANDIDATE = new ModelVersion("fraud_detector", "v2.0.0", "./v2.pt", "pytorch", "ds",
            T, ModelStage.DEVELOPMENT, Map.of("accuracy", 0.96));

    static ShadowReview review(PromotionRequest request, ShadowReport report) {
        ShadowDeployment shadow = new ShadowDeployment("shadow_20260314_092653", PRODUCTION.ref(), CANDIDATE.ref(),
                100.0, T);
        return new ShadowReview(request, CANDIDATE, PRODUCTION, ModelComparison.of(PRODUCTION, CANDIDATE), shadow,
                report, ReadinessCriteria.DEFAULTS.judge(report));
    }

    static PromotionRequest request(String justification) {
        return PromotionRequest.pending("fraud_detector", "v2.0.0", ModelStage.DEVELOPMENT, ModelStage.PRODUCTION,
                "ml_engineer@company.com", justification, T);
    }

    static ShadowReport report(int n, int disagreements, double shadowSlowdown) {
        double[] primary = new double[n];
        double[] shadow = new double[n];
        for (int i = 0; i < n; i++) {
            primary[i] = 0.030 + 0.0004 * i;
            shadow[i] = primary[i] * shadowSlowdown;
        }
        return ShadowReport.compute(primary, shadow, n - disagreements);
    }

    @Test
    void pageCarriesTheNumbersTheVerdictAndTheRequest() {
        ShadowReport report = report(100, 1, 1.05);
        PromotionRequest approved = request("Model exceeds accuracy requirements")
                .decided(PromotionStatus.APPROVED, "ml_manager@company.com", "Evidence is convincing", T.plusSeconds(60));

        String html = ShadowReviewReport.html(review(approved, report), null, T.plusSeconds(90));

        assertThat(html).contains("<h1>Shadow review: fraud_detector v2.0.0 to production</h1>")
                .contains("Model exceeds accuracy requirements")
                .contains("ml_engineer@company.com").contains("ml_manager@company.com at 2026-03-14 09:27:53 UTC")
                .contains("Evidence is convincing")
                .contains(">READY for promotion<")
                .contains("Agreement 99.00% must be above 95.00%")
                .contains("Shadow P95 " + PyFormat.fixed(report.shadowLatency().p95() * 1000, 1) + " ms must be below 1.20 \u00d7")
                .contains("primary P95 " + PyFormat.fixed(report.primaryLatency().p95() * 1000, 1) + " ms")
                .contains("100 requests compared");
        for (double value : new double[] {report.primaryLatency().p50(), report.primaryLatency().p95(),
                report.primaryLatency().p99(), report.shadowLatency().p50(), report.shadowLatency().p95(),
                report.shadowLatency().p99()}) {
            assertThat(html).contains(">" + PyFormat.fixed(value * 1000, 1) + "</text>")
                    .contains("<td>" + PyFormat.fixed(value * 1000, 1) + "</td>");
        }
        assertThat(html).contains("<td>accuracy</td><td>0.9400</td><td>0.9600</td><td>+0.0200</td>");
        assertThat(html).contains("<th>Latency (ms)</th>").contains("Latency percentiles (ms)").doesNotContain("(s)");
        assertThat(html).contains("aria-label=\"Latency percentiles\"").contains("aria-label=\"Agreement rate\"");
    }

    @Test
    void failedCriteriaAreMarkedAndTheVerdictIsNotReady() {
        ShadowReport report = report(50, 10, 1.5);

        String html = ShadowReviewReport.html(review(request("try"), report), null, T);

        assertThat(html).contains("NOT READY for promotion").contains("Agreement 80.00% must be above 95.00%")
                .doesNotContain(">READY for promotion").contains("not reviewed yet");
        assertThat(html.split("failed", -1)).hasSize(3);
    }

    @Test
    void userTextIsEscapedAndThePageNeedsNothingFromOutside() {
        String html = ShadowReviewReport.html(review(request("<script>alert('x')</script> & more"),
                report(10, 0, 1.0)), null, T);

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("src=").doesNotContain("href=").doesNotContain("<link");
    }

    @Test
    void pageCarriesTheShadowEvidenceInTheWordsOfTheConsole() {
        double[] primary = new double[100];
        double[] shadow = new double[100];
        boolean[] agreed = new boolean[100];
        for (int i = 0; i < 100; i++) {
            primary[i] = 0.030 + 0.0004 * i;
            shadow[i] = primary[i] * 1.05;
            agreed[i] = i != 0;
        }
        io.bellwether.domain.ShadowEvidence evidence = io.bellwether.domain.ShadowEvidence.of(primary, shadow, agreed, 100);
        ShadowReport report = ShadowReport.compute(primary.clone(), shadow.clone(), 99);
        ShadowReview base = review(request("why"), report);
        ShadowReview withEvidence = new ShadowReview(base.request(), base.candidate(), base.production(), base.metrics(),
                base.shadow(), report, base.verdict(), evidence);

        String html = ShadowReviewReport.html(withEvidence, null, T);

        assertThat(html).contains("<h2>Shadow evidence</h2>")
                .contains("The guide&#39;s verdict is the decision").doesNotContain("NaN");
        for (io.bellwether.domain.ShadowEvidenceText.Figure figure
                : io.bellwether.domain.ShadowEvidenceText.figures(evidence, 1.2)) {
            assertThat(html).contains("<tr><th>" + ShadowReviewReport.escape(figure.label()) + "</th><td>"
                    + ShadowReviewReport.escape(figure.text()) + "</td></tr>");
        }
        assertThat(html).contains("99.00% (95 % Wilson interval 94.55% – 99.82%; 99 of 100)", "p &lt; 0.0001");
    }

    @Test
    void withoutShadowThePageSaysThereIsNoEvidence(@TempDir Path folder) throws Exception {
        ShadowReview none = new ShadowReview(request("why"), CANDIDATE, null, null, null, ShadowReport.EMPTY,
                ReadinessCriteria.DEFAULTS.judge(ShadowReport.EMPTY));
        Path file = folder.resolve("review.html");

        ShadowReviewReport.write(none, null, T, file);

        assertThat(Files.readString(file)).contains("No shadow deployment ran fraud_detector:v2.0.0")
                .contains("No version of this model is in production").contains("NOT READY").doesNotContain("<svg");
    }

    @Test
    void theChecklistIsOnThePageWithEveryItemMetOrNot() {
        var checklist = new io.bellwether.application.port.in.PreDeploymentChecklist.Answers("fraud_detector", "v2.0.0",
                "production", java.util.List.of(
                new PreDeploymentCheck(PreDeploymentItem.SHADOW_COMPLETED, true,
                        "shadow_1: READY for promotion", new PreDeploymentCheck.Link(PreDeploymentCheck.Place.SHADOW, "shadow_1")),
                new PreDeploymentCheck(PreDeploymentItem.ROLLBACK_PLAN, false,
                        "record only: no traffic controller for production",
                        new PreDeploymentCheck.Link(PreDeploymentCheck.Place.HOOK_SETTINGS, "production")),
                new PreDeploymentCheck(PreDeploymentItem.APPROVAL_COMPLETED, true, "requested by a, approved by b",
                        T.plusNanos(483_786_000), new PreDeploymentCheck.Link(PreDeploymentCheck.Place.AUDIT_EVENT,
                        "fraud_detector:v2.0.0", io.bellwether.domain.EventType.APPROVAL_GRANTED))));
        String html = ShadowReviewReport.html(review(request("try"), report(10, 0, 1.0)), checklist, T);

        assertThat(html).contains("Pre-deployment checklist (production): 1 of 3 items not met")
                .contains("<li id=\"checklist-shadow_completed\"><span class=\"ready\">&#10003;</span> Shadow deployment"
                        + " completed successfully \u2014 shadow_1: READY for promotion (<a href=\"#shadow\">shadow:shadow_1</a>)")
                .contains("&#10007; not met</span> Rollback plan documented \u2014 record only: no traffic controller"
                        + " for production (hook_settings:production)")
                .contains("approved by b at 2026-03-14 09:26:53 UTC (<a href=\"#request\">")
                .contains("<h2 id=\"shadow\">").contains("<h2 id=\"request\">").doesNotContain("483786");
        assertThat(ShadowReviewReport.html(review(request("try"), report(10, 0, 1.0)), null, T))
                .doesNotContain("Pre-deployment checklist");
    }
}
