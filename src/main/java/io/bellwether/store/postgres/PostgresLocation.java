package io.bellwether.store.postgres;

import io.bellwether.domain.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workspace on PostgreSQL: {@code postgresql://[user@]host[:port]/database[?sslmode=…&password=${env:NAME}]}.
 * A password written into the URL is refused (it would end up in shell history and settings); the
 * password comes from a {@code ${env:NAME}} reference, {@code PGPASSWORD} or {@code ~/.pgpass}.
 * {@link #toString} never shows a password.
 */
public record PostgresLocation(String user, String host, int port, String database, Map<String, String> parameters) {
    public static final String SCHEME = "postgresql:";
    private static final Pattern URL = Pattern.compile(
            "postgresql://(?:(?<user>[^@/:?]+)(?<secret>:[^@/]*)?@)?(?<host>[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+])"
                    + "(?::(?<port>[0-9]{1,5}))?/(?<database>[A-Za-z0-9_.-]{1,63})(?:\\?(?<query>.*))?");
    private static final Set<String> PARAMETERS = Set.of("sslmode", "sslrootcert", "password", "connectTimeout",
            "applicationName");
    /** The TLS modes the driver knows, as libpq's; {@code sslmode} is handed to it unchanged. */
    static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    /** Whether {@code text} names a PostgreSQL workspace (rather than an H2 file). */
    public static boolean isUrl(String text) {
        return text != null && text.startsWith(SCHEME);
    }

    /**
     * Parses {@code text}; also accepts {@code postgresql:/host/…}, what a {@link java.nio.file.Path}
     * makes of the URL's two slashes.
     */
    public static PostgresLocation parse(String text) {
        String url = withTwoSlashes(text);
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw bad(url, "must look like postgresql://[user@]host[:port]/database[?sslmode=require]");
        }
        if (m.group("secret") != null) {
            throw bad(redacted(url), "must not contain a password: use PGPASSWORD, ~/.pgpass or ?password=${env:NAME}");
        }
        int port = m.group("port") == null ? 5432 : Integer.parseInt(m.group("port"));
        if (port < 1 || port > 65535) {
            throw bad(text, "has port " + port + ", not 1-65535");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (m.group("query") != null && !m.group("query").isEmpty()) {
            for (String pair : m.group("query").split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!PARAMETERS.contains(name)) {
                    throw bad(redacted(url), "has parameter '" + name + "'; known are " + String.join(", ", PARAMETERS));
                }
                if (name.equals("password") && !ENV_REFERENCE.matcher(value).matches()) {
                    throw bad(redacted(url), "must not contain a password: give password=${env:NAME} instead");
                }
                if (name.equals("sslmode") && !SSL_MODES.contains(value)) {
                    throw bad(redacted(url), "has sslmode '" + value + "'; known are " + String.join(", ", SSL_MODES));
                }
                parameters.put(name, value);
            }
        }
        return new PostgresLocation(m.group("user"), m.group("host"), port, m.group("database"), Map.copyOf(parameters));
    }

    /** The JDBC URL without user or password. */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://" + host + ":" + port + "/" + database);
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (!p.getKey().equals("password")) {
                url.append(separator).append(p.getKey()).append('=').append(p.getValue());
                separator = '&';
            }
        }
        return url.toString();
    }

    String passwordReference() {
        return parameters.get("password");
    }

    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    /** {@code text} as it may be shown: two slashes after the scheme, any password replaced by ***. */
    public static String shown(String text) {
        return redacted(withTwoSlashes(text));
    }

    private static String withTwoSlashes(String text) {
        return text.startsWith(SCHEME + "/") && !text.startsWith(SCHEME + "//")
                ? SCHEME + "/" + text.substring(SCHEME.length()) : text;
    }

    private static String redacted(String url) {
        return url.replaceAll("//([^@/:?]+):[^@/]*@", "//$1:***@").replaceAll("password=[^&]*", "password=***");
    }

    private static InvalidInputException bad(String shown, String why) {
        return new InvalidInputException("workspace URL", "\"" + redacted(shown) + "\"", why);
    }
}
