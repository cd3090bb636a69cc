package io.bellwether.application.port.in;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A webhook told about rollbacks, pauses, inconclusive canaries and completions in one environment
 * ({@link HookSettings#ANY_ENVIRONMENT}: every environment). Headers are the traffic hooks' headers, masked
 * the same way; a Slack-style URL carries its key in the path, so a slack webhook's path is shown masked.
 * {@code id} is 0 until stored.
 */
public record NotificationWebhook(long id, String environment, URI url, NotificationFormat format,
                                  List<HookHeader> headers, Duration connectTimeout, Duration timeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public NotificationWebhook {
        Checks.name("environment", environment);
        if (format == null) {
            throw new InvalidInputException("format", null, "is required (slack or json)");
        }
        HookSettings.requireHttpUrl(url);
        headers = headers == null ? List.of() : List.copyOf(headers);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        HookSettings.requireTimeout("connect_timeout", connectTimeout);
        HookSettings.requireTimeout("timeout", timeout);
    }

    public NotificationWebhook withId(long storedId) {
        return new NotificationWebhook(storedId, environment, url, format, headers, connectTimeout, timeout);
    }

    /** Where it posts, as it may be shown: no credentials or query; a slack webhook's path masked. */
    public String shownUrl() {
        String shown = HookSettings.withoutCredentials(url);
        if (format == NotificationFormat.SLACK && url.getRawPath() != null && url.getRawPath().length() > 1) {
            return shown.substring(0, shown.length() - url.getRawPath().length()) + "/" + Redaction.MASK;
        }
        return shown;
    }

    /** Everything secret a delivery sends, for masking errors and answers. */
    public List<String> secretValues(UnaryOperator<String> environmentVariables) {
        List<String> secrets = new ArrayList<>(HookSettings.secretValues(url, headers, environmentVariables));
        if (format == NotificationFormat.SLACK && url.getRawPath() != null && url.getRawPath().length() > 1) {
            secrets.add(url.getRawPath());
        }
        return secrets;
    }

    /** As it may be audited or printed. */
    public Map<String, Object> shown() {
        return FieldMap.of("id", id, "environment", environment, "format", format.value(), "url", shownUrl(),
                "headers", HookSettings.shownHeaders(headers), "connect_timeout_ms", connectTimeout.toMillis(),
                "timeout_ms", timeout.toMillis());
    }

    @Override
    public String toString() {
        return "NotificationWebhook" + shown();
    }
}
