package io.bellwether.application.port.in;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Redaction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one call of a traffic controller did. {@code target} names what was called (the program, or
 * the URL without query or credentials); {@code exitCode} is set for commands that exited,
 * {@code httpStatus} for webhooks that answered; {@code error} says why a call failed without either
 * (timeout, refused connection, missing program). The output excerpt is bounded to
 * {@link #MAX_EXCERPT} characters.
 */
public record HookOutcome(HookAdapter adapter, String target, boolean succeeded, Integer exitCode,
                          Integer httpStatus, Duration duration, String outputExcerpt, String error) {
    public static final int MAX_EXCERPT = 2_000;
    public static final String TRUNCATED = "\n[... truncated]";

    public HookOutcome {
        if (adapter == null) {
            throw new InvalidInputException("adapter", null, "is required");
        }
        if (duration == null || duration.isNegative()) {
            throw new InvalidInputException("duration", duration, "must be zero or positive");
        }
        Checks.required("target", target);
        duration = Duration.ofMillis(duration.toMillis());
        outputExcerpt = bounded(outputExcerpt);
        error = bounded(error);
    }

    public static HookOutcome success(HookAdapter adapter, String target, Integer exitCode, Integer httpStatus,
                                      Duration duration, String output) {
        return new HookOutcome(adapter, target, true, exitCode, httpStatus, duration, output, null);
    }

    public static HookOutcome failure(HookAdapter adapter, String target, Integer exitCode, Integer httpStatus,
                                      Duration duration, String output, String error) {
        return new HookOutcome(adapter, target, false, exitCode, httpStatus, duration, output, error);
    }

    /** One line for messages: "command /opt/move.sh: exit code 3 after 120 ms: permission denied". */
    public String summary() {
        StringBuilder text = new StringBuilder(adapter.value()).append(' ').append(target).append(": ");
        if (exitCode != null) {
            text.append("exit code ").append(exitCode);
        } else if (httpStatus != null) {
            text.append("HTTP ").append(httpStatus);
        } else {
            text.append(succeeded ? "done" : "no answer");
        }
        text.append(" after ").append(duration.toMillis()).append(" ms");
        String detail = error != null ? error : succeeded ? null : outputExcerpt;
        if (detail != null && !detail.isBlank()) {
            text.append(": ").append(detail.strip().lines().findFirst().orElse(""));
        }
        return text.toString();
    }

    /** The outcome as its JSON fields, in the order the command line and the audit details show them. */
    public Map<String, Object> shown() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("adapter", adapter.value());
        json.put("target", target);
        json.put("succeeded", succeeded);
        json.put("exit_code", exitCode);
        json.put("http_status", httpStatus);
        json.put("duration_ms", duration.toMillis());
        json.put("output", outputExcerpt);
        json.put("error", error);
        return json;
    }

    public HookOutcome redacted(Redaction redaction) {
        return new HookOutcome(adapter, redaction.apply(target), succeeded, exitCode, httpStatus, duration,
                redaction.apply(outputExcerpt), redaction.apply(error));
    }

    private static String bounded(String text) {
        if (text == null || text.length() <= MAX_EXCERPT) {
            return text;
        }
        return text.substring(0, MAX_EXCERPT - TRUNCATED.length()) + TRUNCATED;
    }
}
