package io.bellwether.cli.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.io.JsonFiles;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether queue [--json]}: what waits for a person ("Needs a human"), the newest first. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Lists what waits for a person across the workspace, the newest first: paused canaries,"
                + " inconclusive runs, pending promotion requests, failed traffic hooks and stale metric sources,"
                + " each with its age and the reason. It changes nothing.",
        exitCodeList = {"0:listed (also when nothing waits)", "2:bad input", "6:cannot open the workspace"})
public final class QueueCommand extends WorkspaceCommand {
    static final String EMPTY = "Nothing needs a human.";

    @Option(names = "--json", description = "Print the items as a JSON array (ISO-8601 instants, age_seconds)")
    boolean json;

    @Override
    protected boolean recordOnly() {
        return true;
    }

    @Override
    protected int run(Workspace workspace, PrintWriter out) {
        Instant now = Instant.now();
        List<Item> items = workspace.attention().waiting(now);
        if (json) {
            ArrayNode array = JsonFiles.MAPPER.createArrayNode();
            for (Item item : items) {
                array.addObject().put("kind", item.kind().value()).put("target", item.target())
                        .put("deployment_id", item.deploymentId()).put("environment", item.environment())
                        .put("reason", item.reason()).put("since", item.since().toString())
                        .put("age_seconds", item.age(now).toSeconds());
            }
            out.println(JsonFiles.write(array));
        } else if (items.isEmpty()) {
            out.println(EMPTY);
        } else {
            int ageWidth = items.stream().mapToInt(item -> item.ageText(now).length()).max().orElse(0);
            int kindWidth = items.stream().mapToInt(item -> item.kind().shown().length()).max().orElse(0);
            int targetWidth = items.stream().mapToInt(item -> target(item).length()).max().orElse(0);
            String format = "%-" + ageWidth + "s  %-" + kindWidth + "s  %-" + targetWidth + "s  %s";
            items.forEach(item -> out.println(String.format(format, item.ageText(now), item.kind().shown(),
                    target(item), item.reason())));
        }
        return ExitCodes.OK;
    }

    /** "fraud-1 (production)"; a model version alone. */
    private static String target(Item item) {
        return item.target() + (item.environment() == null ? "" : " (" + item.environment() + ")");
    }
}
