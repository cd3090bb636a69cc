package io.bellwether.application.port.in;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Redaction;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The traffic controller of one environment ({@link #ANY_ENVIRONMENT} is the fallback for environments
 * without their own). {@code command} is the program and its fixed arguments (command adapter);
 * {@code url}, {@code headers} and {@code connectTimeout} belong to the HTTP adapter; {@code timeout}
 * bounds a whole call of either.
 */
public record HookSettings(String environment, HookAdapter adapter, List<String> command, URI url,
                           List<HookHeader> headers, Duration connectTimeout, Duration timeout) {
    public static final String ANY_ENVIRONMENT = "*";
    /** The target of the none adapter. */
    public static final String RECORD_ONLY = "(record only)";
    public static final String RECORD_ONLY_NOTE = "record only: no traffic moved";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    public HookSettings {
        Checks.name("environment", environment);
        if (adapter == null) {
            throw new InvalidInputException("adapter", null, "is required");
        }
        command = command == null ? List.of() : List.copyOf(command);
        headers = headers == null ? List.of() : List.copyOf(headers);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        requireTimeout("timeout", timeout);
        requireTimeout("connect_timeout", connectTimeout);
        switch (adapter) {
            case NONE -> {
                if (!command.isEmpty() || url != null || !headers.isEmpty()) {
                    throw new InvalidInputException("adapter", "none", "takes no command, URL or headers");
                }
            }
            case COMMAND -> {
                if (command.isEmpty() || command.stream().anyMatch(a -> a == null) || command.get(0).isBlank()) {
                    throw new InvalidInputException("command", command, "must name a program (and its arguments)");
                }
                if (url != null || !headers.isEmpty()) {
                    throw new InvalidInputException("adapter", "command", "takes no URL or headers");
                }
            }
            case HTTP -> {
                requireHttpUrl(url);
                if (!command.isEmpty()) {
                    throw new InvalidInputException("adapter", "http", "takes no command");
                }
            }
        }
    }

    /** Record only: nothing outside Bellwether is called. */
    public static HookSettings none(String environment) {
        return new HookSettings(environment, HookAdapter.NONE, List.of(), null, List.of(), null, null);
    }

    public static HookSettings command(String environment, List<String> command, Duration timeout) {
        return new HookSettings(environment, HookAdapter.COMMAND, command, null, List.of(), null, timeout);
    }

    public static HookSettings http(String environment, URI url, List<HookHeader> headers, Duration connectTimeout,
                                    Duration timeout) {
        return new HookSettings(environment, HookAdapter.HTTP, List.of(), url, headers, connectTimeout, timeout);
    }

    /** The same settings for another environment. */
    public HookSettings forEnvironment(String other) {
        return new HookSettings(other, adapter, command, url, headers, connectTimeout, timeout);
    }

    /** What a step does to traffic, as the status line, the audit and the confirmations say it. */
    public String trafficNote() {
        return adapter == HookAdapter.NONE ? RECORD_ONLY_NOTE
                : "traffic moved by the " + adapter.value() + " controller " + target();
    }

    /** What a call reaches, as it may be shown: the program, the URL without credentials, or nothing. */
    public String target() {
        return switch (adapter) {
            case NONE -> RECORD_ONLY;
            case COMMAND -> command.get(0);
            case HTTP -> shownUrl();
        };
    }

    /** The URL as it may be shown: no user info, no query (either may hold a credential). */
    public String shownUrl() {
        return url == null ? null : withoutCredentials(url);
    }

    /** scheme://host[:port]/path of {@code url}. */
    public static String withoutCredentials(URI url) {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + port + path;
    }

    /**
     * Everything a call may send that is secret, for masking: secret header values (as given and as
     * resolved; unresolvable references are skipped), the URL's user info, and the values of query
     * keys named like credentials (token, key, signature...).
     */
    public List<String> secretValues(UnaryOperator<String> environmentVariables) {
        return secretValues(url, headers, environmentVariables);
    }

    /** As {@link #secretValues(UnaryOperator)} for any webhook's URL (may be null) and headers. */
    public static List<String> secretValues(URI url, List<HookHeader> headers,
                                            UnaryOperator<String> environmentVariables) {
        List<String> secrets = new ArrayList<>();
        for (HookHeader header : headers) {
            if (header.isSecret()) {
                secrets.add(header.value());
                try {
                    secrets.add(header.resolvedValue(environmentVariables));
                } catch (InvalidInputException unresolved) {
                    // nothing was sent, so nothing to mask
                }
            }
        }
        if (url != null) {
            secrets.add(url.getRawUserInfo());
            secrets.add(url.getUserInfo());
            if (url.getRawQuery() != null) {
                for (String parameter : url.getRawQuery().split("&")) {
                    int equals = parameter.indexOf('=');
                    if (equals > 0 && Redaction.isSecretName(URLDecoder.decode(parameter.substring(0, equals),
                            StandardCharsets.UTF_8))) {
                        String value = parameter.substring(equals + 1);
                        secrets.add(value);
                        secrets.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return secrets;
    }

    /** The settings as they may be audited or printed: secret header values masked, URL without credentials. */
    public Map<String, Object> shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("environment", environment);
        shown.put("adapter", adapter.value());
        if (adapter == HookAdapter.COMMAND) {
            shown.put("command", command.stream().map(Redaction.of(List.of())::apply).toList());
        }
        if (adapter == HookAdapter.HTTP) {
            shown.put("url", shownUrl());
            shown.put("headers", shownHeaders(headers));
            shown.put("connect_timeout_ms", connectTimeout.toMillis());
        }
        if (adapter != HookAdapter.NONE) {
            shown.put("timeout_ms", timeout.toMillis());
        }
        return shown;
    }

    /** Each header by name with its value as it may be shown (secrets masked). */
    public static Map<String, String> shownHeaders(List<HookHeader> headers) {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach(h -> shown.put(h.name(), h.shownValue()));
        return shown;
    }

    @Override
    public String toString() {
        return "HookSettings" + shown();
    }

    static void requireTimeout(String field, Duration value) {
        if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidInputException(field, value, "must be more than 0 and at most " + MAX_TIMEOUT.toMinutes()
                    + " minutes");
        }
    }

    static void requireHttpUrl(URI url) {
        if (url == null || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new InvalidInputException("url", url == null ? null
                    : url.getRawUserInfo() == null && url.getRawQuery() == null ? url : withoutCredentials(url),
                    "must be an absolute http:// or https:// URL with a host");
        }
    }
}
