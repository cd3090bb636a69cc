package io.bellwether.cli.models;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.application.port.in.PreDeploymentChecklist.Answers;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.domain.PreDeploymentItem;
import io.bellwether.domain.TimeFormat;
import io.bellwether.io.JsonFiles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether models checklist NAME VERSION [--environment E] [--confirm ITEM]... [--json]}: the gate. */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = {"Prints the guide's pre-deployment checklist of the version, answered from the workspace;"
                + " exits 0 when every item is met, 3 otherwise.",
                "--confirm records an operator confirmation (tested_in_development, stakeholders_notified) first,"
                        + " audited with who confirmed."})
final class ChecklistCommand extends ModelsCommand.VersionStep {
    @Option(names = "--environment", defaultValue = "production", paramLabel = "ENV",
            description = "Target environment (default ${DEFAULT-VALUE})") String environment;
    @Option(names = "--confirm", paramLabel = "ITEM", description = "Confirm an operator item (repeatable)")
    List<String> confirm = new ArrayList<>();
    @Option(names = "--json", description = "Print the checklist as JSON") boolean json;

    @Override
    protected int run(Workspace workspace, PrintWriter out) {
        for (String item : confirm) {
            workspace.checklist().confirm(name, version, PreDeploymentItem.fromValue(item), by);
        }
        Answers answers = workspace.checklist().answer(name, version, environment);
        if (json) {
            ObjectNode document = JsonFiles.MAPPER.createObjectNode().put("model", name).put("version", version)
                    .put("environment", environment).put("all_met", answers.allMet());
            ArrayNode items = document.putArray("items");
            for (PreDeploymentCheck check : answers.checks()) {
                ObjectNode item = items.addObject().put("item", check.item().value()).put("title", check.item().title())
                        .put("met", check.met()).put("evidence", check.evidence(TimeFormat::utc))
                        .put("link", check.link().text());
                item.put("at", check.atOrNull() == null ? null : check.atOrNull().toString());
            }
            out.println(JsonFiles.write(document));
        } else {
            out.println("Pre-deployment checklist of " + name + ":" + version + " for " + environment);
            for (PreDeploymentCheck check : answers.checks()) {
                out.println((check.met() ? "[x] " : "[ ] ") + check.item().title() + " — "
                        + check.evidence(TimeFormat::utc) + (check.link().text().isEmpty() ? "" : " [" + check.link().text() + "]"));
            }
            out.println(answers.allMet() ? "All items met." : answers.unmet().size() + " of "
                    + answers.checks().size() + " items not met.");
        }
        return answers.allMet() ? ExitCodes.OK : ExitCodes.ROLLBACK_NEEDED;
    }
}
