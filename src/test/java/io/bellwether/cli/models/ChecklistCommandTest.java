package io.bellwether.cli.models;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCli;
import io.bellwether.io.JsonFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether models checklist}: exit 3 while items are unmet, confirmations audited, bad input exit 2. */
class ChecklistCommandTest {
    @TempDir
    Path folder;

    @Test
    void unmetItemsExitThreeAndAreAllPrinted() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(folder);
        assertThat(cli.run("models", "register", "fraud_detector", "v2.0.0", "--path", "m.pt", "--framework",
                "pytorch", "--metric", "accuracy=0.9").exitCode()).isEqualTo(ExitCodes.OK);

        WorkspaceCli.Run text = cli.run("models", "checklist", "fraud_detector", "v2.0.0", "--confirm",
                "stakeholders_notified", "--by", "pm@company.com");
        assertThat(text.exitCode()).isEqualTo(ExitCodes.ROLLBACK_NEEDED);
        assertThat(text.out()).contains("[ ] Shadow deployment completed successfully — no shadow deployment of"
                + " fraud_detector:v2.0.0").contains("[x] Stakeholders notified — confirmed by pm@company.com")
                .contains("[x] Performance benchmarks meet requirements").contains("5 of 7 items not met.")
                .containsPattern("confirmed by pm@company\\.com at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"
                        + " \\[audit:CHECKLIST_CONFIRMED:fraud_detector:v2\\.0\\.0]")
                .doesNotContainPattern("\\d\\dT\\d\\d:");

        WorkspaceCli.Run json = cli.run("models", "checklist", "fraud_detector", "v2.0.0", "--json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.ROLLBACK_NEEDED);
        JsonNode document = JsonFiles.MAPPER.readTree(json.out());
        assertThat(document.get("all_met").asBoolean()).isFalse();
        assertThat(document.get("items")).hasSize(7);
        assertThat(document.get("items").get(5).get("met").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(document.get("items").get(5).get("at").asText())).isNotNull();
        assertThat(document.get("items").get(2).get("link").asText()).isEqualTo("registry:fraud_detector:v2.0.0");
        assertThat(cli.rows("SELECT event_type, user_name FROM audit_events WHERE LOWER(event_type) = 'checklist_confirmed'"))
                .contains("pm@company.com");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        WorkspaceCli cli = new WorkspaceCli(folder);
        WorkspaceCli.Run unknown = cli.run("models", "checklist", "fraud_detector", "v9");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.out()).hasLineCount(1).contains("v9");
        cli.run("models", "register", "fraud_detector", "v2.0.0", "--path", "m.pt", "--framework", "pytorch");
        WorkspaceCli.Run item = cli.run("models", "checklist", "fraud_detector", "v2.0.0", "--confirm", "approval_completed");
        assertThat(item.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(item.out()).hasLineCount(1).contains("approval_completed");
    }
}
