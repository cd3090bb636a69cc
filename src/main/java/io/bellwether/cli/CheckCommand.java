package io.bellwether.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.RollbackCaseJson;
import io.bellwether.io.RollbackDecisionJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bellwether check FILE}: the rollback engine as a CI gate. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Evaluates rollback cases and prints each decision as JSON.",
                "FILE holds one case or a JSON array of cases: {\"baseline\": {...}, \"current\": {...},"
                        + " \"config\": {...} (optional), \"request_count\": N}. Other keys are ignored."},
        exitCodeList = {
                "0:no case needs a rollback",
                "3:at least one case needs a rollback",
                "2:bad input (one line on stderr names the case index and the field)"})
public final class CheckCommand extends JsonReportCommand {

    @Parameters(paramLabel = "FILE", description = "JSON file with one case or an array of cases")
    Path file;

    @Override
    public Integer call() {
        JsonNode root;
        try {
            root = JsonFiles.read(file);
        } catch (IOException e) {
            throw Refusal.of(file, e);
        }
        List<JsonNode> cases = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(cases::add);
        } else {
            cases.add(root);
        }
        List<RollbackDecision> decisions = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            try {
                decisions.add(RollbackCaseJson.read(cases.get(i)).evaluate());
            } catch (InvalidInputException e) {
                throw new Refusal(file + ": case " + i, e.getMessage());
            }
        }

        Object output;
        if (root.isArray()) {
            ArrayNode array = JsonFiles.MAPPER.createArrayNode();
            decisions.forEach(d -> array.add(RollbackDecisionJson.write(d)));
            output = array;
        } else {
            output = RollbackDecisionJson.write(decisions.get(0));
        }
        print(output);
        return decisions.stream().anyMatch(RollbackDecision::rollback)
                ? ExitCodes.ROLLBACK_NEEDED : ExitCodes.OK;
    }
}
