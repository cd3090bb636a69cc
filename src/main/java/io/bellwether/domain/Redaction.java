package io.bellwether.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that is stored, audited or shown: every known secret value and each of its
 * parts after a scheme word ({@code Bearer X} also masks {@code X}), and the value after any
 * "authorization / token / secret / key / password" label (a script that echoes its credentials, a
 * webhook that reflects its headers). A value shorter than {@link #MIN_SUBSTRING} characters is masked
 * only where it stands alone, never inside other text.
 */
public final class Redaction {
    public static final String MASK = "***";
    public static final int MIN_SUBSTRING = 6;
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)auth|token|secret|key|password|passwd|signature|credential|cookie|session");
    private static final Pattern SCHEME = Pattern.compile("(?i)bearer|basic|token|digest|negotiate");
    private static final String DELIMITER = "\\s\"',;&=:/?#<>()\\[\\]{}";
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)((?:authorization|token|secret|key|password|cookie)[\\w-]*\"?\\s*[:=]\\s*\"?)"
                    + "((?:bearer|basic|token)\\s+)?[^\\s\",;&]+");

    private final List<String> secrets;

    private Redaction(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Longest first, so a secret that contains another is masked whole. */
    public static Redaction of(Collection<String> secretValues) {
        List<String> parts = new ArrayList<>();
        for (String value : secretValues) {
            if (value != null && !value.isBlank()) {
                parts.add(value);
                for (String part : value.strip().split("\\s+")) {
                    if (!SCHEME.matcher(part).matches()) {
                        parts.add(part);
                    }
                }
            }
        }
        return new Redaction(parts.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** A header or query key whose value is a credential by its name. */
    public static boolean isSecretName(String name) {
        return name != null && (SECRET_NAME.matcher(name).find() || name.equalsIgnoreCase("sig"));
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = secret.length() >= MIN_SUBSTRING ? masked.replace(secret, MASK)
                    : masked.replaceAll("(?<![^" + DELIMITER + "])" + Pattern.quote(secret) + "(?![^" + DELIMITER + "])",
                    MASK);
        }
        Matcher labelled = LABELLED.matcher(masked);
        return labelled.replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2) == null ? "" : m.group(2)) + MASK));
    }
}
