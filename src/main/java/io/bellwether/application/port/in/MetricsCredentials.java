package io.bellwether.application.port.in;

import io.bellwether.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a metrics binding authenticates to Prometheus: nothing, a bearer token, or basic auth. The token and
 * the password are {@code ${env:NAME}} references, resolved only when a query is sent, so no credential is
 * ever stored, audited or shown; what is shown is the reference itself. A basic auth username is not a
 * secret: it is a reference too, or the name itself.
 */
public record MetricsCredentials(Kind kind, String token, String username, String password) {
    public static final MetricsCredentials NONE = new MetricsCredentials(Kind.NONE, null, null, null);
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern LITERAL_USERNAME = Pattern.compile("[^:\\p{Cntrl}$]{1,200}");

    public enum Kind { NONE, BEARER, BASIC }

    public MetricsCredentials {
        if (kind == null) {
            throw new InvalidInputException("credentials", null, "need a kind: none, bearer or basic");
        }
        switch (kind) {
            case NONE -> requireAbsent(token, username, password);
            case BEARER -> {
                requireReference("bearer token", token);
                requireAbsent(null, username, password);
            }
            case BASIC -> {
                requireUsername(username);
                requireReference("basic auth password", password);
                requireAbsent(token, null, null);
            }
        }
    }

    public static MetricsCredentials bearer(String tokenReference) {
        return new MetricsCredentials(Kind.BEARER, tokenReference, null, null);
    }

    public static MetricsCredentials basic(String usernameReference, String passwordReference) {
        return new MetricsCredentials(Kind.BASIC, null, usernameReference, passwordReference);
    }

    /** The Authorization header value, resolved now; a variable that is not set is an error naming it. */
    public Optional<String> authorization(UnaryOperator<String> environment) {
        return switch (kind) {
            case NONE -> Optional.empty();
            case BEARER -> Optional.of("Bearer " + resolve(token, environment));
            case BASIC -> Optional.of("Basic " + Base64.getEncoder().encodeToString((resolve(username, environment)
                    + ":" + resolve(password, environment)).getBytes(StandardCharsets.UTF_8)));
        };
    }

    /** The resolved values (those that resolve), to mask in anything that is shown. */
    public List<String> secretValues(UnaryOperator<String> environment) {
        List<String> secrets = new ArrayList<>();
        for (String reference : new String[] {token, username, password}) {
            String value = isReference(reference) ? environment.apply(variable(reference)) : null;
            if (value != null) {
                secrets.add(value);
            }
        }
        try {
            authorization(environment).ifPresent(secrets::add);
        } catch (InvalidInputException unresolved) {
            // nothing can be sent, so nothing more to mask
        }
        return secrets;
    }

    /** As audited and shown: the kind and the references, never a value. */
    public Map<String, Object> shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        if (token != null) {
            shown.put("token", token);
        }
        if (username != null) {
            shown.put("username", username);
            shown.put("password", password);
        }
        return shown;
    }

    @Override
    public String toString() {
        return "MetricsCredentials" + shown();
    }

    private static String resolve(String reference, UnaryOperator<String> environment) {
        if (!isReference(reference)) {
            return reference;
        }
        String name = variable(reference);
        String value = environment.apply(name);
        if (value == null) {
            throw new InvalidInputException("credentials", reference,
                    "refer to the environment variable " + name + ", which is not set");
        }
        return value;
    }

    private static String variable(String reference) {
        Matcher m = REFERENCE.matcher(reference);
        return m.matches() ? m.group(1) : reference;
    }

    private static boolean isReference(String value) {
        return value != null && REFERENCE.matcher(value).matches();
    }

    private static void requireUsername(String username) {
        if (username == null || !isReference(username) && (username.isBlank()
                || !LITERAL_USERNAME.matcher(username).matches())) {
            throw new InvalidInputException("basic auth username", username == null ? null : "\"" + username + "\"",
                    "must be a name (no ':', '$' or control characters, at most 200) or an ${env:NAME} reference");
        }
    }

    private static void requireReference(String field, String value) {
        if (value == null || !REFERENCE.matcher(value).matches()) {
            throw new InvalidInputException(field, value == null ? null : "(a literal value, not shown)",
                    "must be an ${env:NAME} reference to an environment variable; credentials are never stored");
        }
    }

    private static void requireAbsent(String token, String username, String password) {
        if (token != null || username != null || password != null) {
            throw new InvalidInputException("credentials", "(not shown)", "take only the parts of their kind");
        }
    }
}
