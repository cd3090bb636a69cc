package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.ReplayResult;
import io.bellwether.domain.ReplayedCheck;
import io.bellwether.domain.RuleSet;
import java.time.Duration;
import java.time.Instant;

/** A replay for CI: the rules replayed, every check side by side, the moments and the time gained (seconds). */
public final class ReplayResultJson {
    private ReplayResultJson() {
    }

    public static ObjectNode write(ReplayResult result) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode().put("deployment_id", result.deploymentId());
        node.put("model", result.modelRef());
        node.set("rules", rules(result.rules()));
        ObjectNode window = node.putObject("window");
        window.put("from", instant(result.window().fromOrNull()));
        window.put("to", instant(result.window().toOrNull()));
        node.put("checks_replayed", result.checks().size());
        node.put("flips", result.flips());
        moments(node.putObject("rollback"), result.rollback());
        moments(node.putObject("pause"), result.pause());
        node.put("summary", result.summary(Instant::toString));
        var checks = node.putArray("checks");
        for (ReplayedCheck check : result.checks()) {
            ObjectNode row = checks.addObject();
            row.put("timestamp", check.at().toString());
            row.put("recorded_status", check.recorded().value());
            row.put("recorded_action", check.recordedAction().value());
            row.put("replayed_status", check.replayed().value());
            row.put("replayed_action", check.replayedAction().value());
            row.put("flipped", check.flipped());
            row.put("replayed_message", check.replayedMessage());
        }
        return node;
    }

    private static ObjectNode rules(RuleSet rules) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        ObjectNode config = RollbackConfigJson.write(rules.config());
        for (String field : ReplayConfigJson.FIELDS) {
            if (config.has(field)) {
                node.set(field, config.get(field));
            }
        }
        node.put("failure_limit", rules.settings().failureLimit());
        node.put("unknown_limit", rules.settings().unknownLimit());
        ObjectNode modes = node.putObject("rule_modes");
        rules.rules().forEach(rule -> modes.put(rule, rules.settings().mode(rule).value()));
        return node;
    }

    private static void moments(ObjectNode node, ReplayResult.Moments moments) {
        node.put("recorded", instant(moments.recorded()));
        node.put("replayed", instant(moments.replayed()));
        Duration gained = moments.gained();
        if (gained == null) {
            node.putNull("gained_seconds");
        } else {
            node.put("gained_seconds", gained.toSeconds());
        }
    }

    private static String instant(Instant instantOrNull) {
        return instantOrNull == null ? null : instantOrNull.toString();
    }
}
