package io.bellwether.cli.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.application.port.in.DisagreementPage;
import io.bellwether.application.port.in.Disagreements;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.Refusal;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.io.DisagreementExport;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.ResultText;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bellwether shadow disagreements SHADOW_ID [--pair A,B] [--limit N] [--page P] [--json]}. */
@Command(name = "disagreements", mixinStandardHelpOptions = true,
        description = {"Lists the shadow's disagreeing comparisons, newest first: time, both results, both"
                + " latencies and their difference.",
                "A result that is not valid JSON is shown raw and said so."})
final class ShadowDisagreementsCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "SHADOW_ID") String shadowId;
    @Option(names = "--pair", paramLabel = "PRIMARY,SHADOW", description = "Only this pair of results, e.g."
            + " fraud,legit (JSON values as written: true, 3, \"a,b\"; " + ResultText.NONE + " for none)")
    String pair;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Disagreements per page, 1 to " + Disagreements.MAX_PAGE_SIZE + " (default ${DEFAULT-VALUE})")
    int limit;
    @Option(names = "--page", paramLabel = "P", defaultValue = "1", description = "Which page, from 1 (default 1)")
    int page;
    @Option(names = "--slower-than-ms", paramLabel = "MS",
            description = "Only where the shadow was slower than the primary by more than MS")
    Double slowerBy;
    @Option(names = "--json", description = "Print the page as one JSON document") boolean json;

    @Override
    protected int run(Workspace workspace, PrintWriter out) {
        DisagreementFilter filter = new DisagreementFilter(null, null, slowerBy, pair == null ? null : pair(pair));
        DisagreementPage found = workspace.shadows().disagreements().page(shadowId, filter, page, limit);
        if (json) {
            ObjectNode document = JsonFiles.MAPPER.createObjectNode().put("shadow_id", shadowId)
                    .put("total", found.total()).put("page", found.page()).put("pages", found.pages());
            ArrayNode rows = document.putArray("disagreements");
            found.rows().forEach(d -> rows.add(DisagreementExport.json(d)));
            out.println(JsonFiles.write(document));
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%d disagreements in %s%s; page %d of %d%n", found.total(), shadowId,
                pair == null ? "" : " for " + pair, found.page(), found.pages());
        for (Disagreement d : found.rows()) {
            out.printf(Locale.ROOT, "#%d  %s  primary %s  shadow %s  latency %.1f ms / %.1f ms (%+.1f ms)%n",
                    d.comparisonNo(), d.timestamp(), ResultText.label(d.primaryResultJson()),
                    ResultText.label(d.shadowResultJson()), d.primaryLatency() * 1e3, d.shadowLatency() * 1e3,
                    d.latencyDifference() * 1e3);
        }
        return ExitCodes.OK;
    }

    /** "A,B" split at the comma outside JSON string quotes. */
    static DisagreementFilter.ResultPair pair(String typed) {
        boolean quoted = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '"' && (i == 0 || typed.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String primary = typed.substring(0, i).trim();
                String shadow = typed.substring(i + 1).trim();
                if (primary.isEmpty() || shadow.isEmpty()) {
                    break;
                }
                return new DisagreementFilter.ResultPair(ResultText.storedJson(primary), ResultText.storedJson(shadow));
            }
        }
        throw new Refusal("--pair", "must be PRIMARY,SHADOW, e.g. fraud,legit (got \"" + typed + "\")");
    }
}
