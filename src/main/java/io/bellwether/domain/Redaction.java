package io.bellwether.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that is stored, audited or shown: every known secret value, and the value
 * after any "authorization / token / secret / key / password" label (a script that echoes its
 * credentials, a webhook that reflects its headers).
 */
public final class Redaction {
    public static final String MASK = "***";
    static final Pattern SECRET_NAME = Pattern.compile("(?i)authorization|token|secret|key|password|cookie");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)((?:authorization|token|secret|key|password|cookie)[\\w-]*\"?\\s*[:=]\\s*\"?)"
                    + "((?:bearer|basic|token)\\s+)?[^\\s\",;&]+");

    private final List<String> secrets;

    private Redaction(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Longest first, so a secret that contains another is masked whole. */
    public static Redaction of(Collection<String> secretValues) {
        return new Redaction(secretValues.stream().filter(s -> s != null && !s.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    public static boolean isSecretName(String headerName) {
        return headerName != null && SECRET_NAME.matcher(headerName).find();
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        Matcher labelled = LABELLED.matcher(masked);
        return labelled.replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2) == null ? "" : m.group(2)) + MASK));
    }
}
