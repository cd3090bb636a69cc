package io.bellwether.store.postgres;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Why PostgreSQL could not be used, in one line an operator can act on (never with a password). */
final class PostgresOpenFailures {
    private PostgresOpenFailures() {
    }

    static String reason(PostgresConnections connections, Throwable failure) {
        PostgresLocation at = connections.location();
        String server = "the PostgreSQL server at " + at.host() + ":" + at.port();
        SQLException sql = find(failure, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (find(failure, UnknownHostException.class) != null) {
            return "no host named " + at.host() + " is known (check the URL)";
        }
        if (find(failure, ConnectException.class) != null || state.equals("08001")) {
            return server + " cannot be reached (" + firstLine(root(failure)) + "): is it running, and does it listen there?";
        }
        String sslmode = at.parameters().get("sslmode");
        String detail = firstLine(sql == null ? failure : sql);
        if (sslmode != null && detail.contains("SSL")) {
            return "TLS with " + server + " failed as sslmode=" + sslmode + " asks for it (" + detail
                    + "): enable ssl on the server, or choose another sslmode";
        }
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return server + " refused user " + connections.user() + " (" + firstLine(sql)
                    + "): check the password (PGPASSWORD, ~/.pgpass or ${env:NAME}) and pg_hba.conf";
        }
        if (state.equals("3D000")) {
            return "the database " + at.database() + " does not exist on " + server + ": create it first"
                    + " (createdb " + at.database() + ")";
        }
        if (state.startsWith("08")) {
            return "the connection to " + server + " broke (" + firstLine(sql) + "): is the server still running?";
        }
        if (state.equals("42501")) {
            return "user " + connections.user() + " may not change " + at.database() + " (" + firstLine(sql) + ")";
        }
        return firstLine(failure);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message).trim();
    }
}
