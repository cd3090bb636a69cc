package io.bellwether.application.port.in;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Redaction;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One webhook header. Its value may name environment variables as {@code ${env:NAME}}, resolved at
 * call time, so a token need not be stored. A header is secret when flagged or when its name contains
 * authorization, token, secret, key, password or cookie: its value is then never audited, logged or
 * stored with an outcome. {@link #toString()} never shows a secret value.
 */
public record HookHeader(String name, String value, boolean flaggedSecret) {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern ONLY_SCHEME = Pattern.compile("(?i)\\s*(bearer|basic|token)?\\s*");
    /** Headers the JDK's HTTP client sets itself and refuses. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    public HookHeader {
        Checks.required("header name", name);
        if (!TOKEN.matcher(name).matches() || RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidInputException("header name", "\"" + name + "\"",
                    "must be an HTTP header name other than " + String.join(", ", RESTRICTED.stream().sorted()
                            .toList()));
        }
        if (value == null || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new InvalidInputException("header " + name, value == null ? null : "(a value with a line break)",
                    "must be a single-line value");
        }
    }

    public boolean isSecret() {
        return flaggedSecret || Redaction.isSecretName(name);
    }

    /** The value with every {@code ${env:NAME}} replaced; a variable that is not set is an error naming it. */
    public String resolvedValue(UnaryOperator<String> environment) {
        Matcher reference = ENV_REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String variable = reference.group(1);
            String found = environment.apply(variable);
            if (found == null) {
                throw new InvalidInputException("header " + name, "${env:" + variable + "}",
                        "refers to the environment variable " + variable + ", which is not set");
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(found));
        }
        reference.appendTail(resolved);
        return resolved.toString();
    }

    /** The value as it may be shown: a secret is masked unless it only names environment variables
     * (after an optional Bearer / Basic / token scheme). */
    public String shownValue() {
        if (!isSecret() || ENV_REFERENCE.matcher(value).find()
                && ONLY_SCHEME.matcher(ENV_REFERENCE.matcher(value).replaceAll("")).matches()) {
            return value;
        }
        return Redaction.MASK;
    }

    @Override
    public String toString() {
        return name + ": " + shownValue();
    }
}
