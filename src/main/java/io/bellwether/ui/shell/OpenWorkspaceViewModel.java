package io.bellwether.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Open workspace form: one field that takes an H2 workspace file (its base name or its
 * {@code .mv.db}) or a team workspace's {@code postgresql://[user@]host[:port]/db[?sslmode=…]}. The
 * server's own checks (reachable, credentials, schema) come from opening it; here only what can be told
 * from the text: something given, the right scheme, no password in it.
 */
public final class OpenWorkspaceViewModel {
    static final String SCHEME = "postgresql://";

    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringBinding problem = Bindings.createStringBinding(() -> problemWith(location.get().strip()),
            location);
    private final StringBinding shownProblem = Bindings.createStringBinding(
            () -> location.get().isBlank() ? "" : problem.get(), location, problem);

    public StringProperty locationProperty() {
        return location;
    }

    /** What is wrong with the text, or null when it can be opened. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The problem to show: none while nothing is typed yet (an untouched form is incomplete, not wrong). */
    public StringBinding shownProblemProperty() {
        return shownProblem;
    }

    /** The location to open; empty while the text has a problem. */
    public Optional<Path> chosen() {
        return problem.get() == null ? Optional.of(Path.of(location.get().strip())) : Optional.empty();
    }

    /** A file picked with Browse… */
    public void choseFile(Path file) {
        location.set(file.toAbsolutePath().toString());
    }

    private static String problemWith(String text) {
        if (text.isEmpty()) {
            return "Enter a workspace file or a postgresql:// URL";
        }
        if (text.startsWith("postgres://") || text.startsWith("jdbc:")) {
            return "A team workspace is written postgresql://[user@]host[:port]/database";
        }
        if (text.startsWith(SCHEME)) {
            String authority = text.substring(SCHEME.length()).split("/", 2)[0];
            if (authority.contains("@") && authority.substring(0, authority.indexOf('@')).contains(":")) {
                return "The URL must not contain a password: use PGPASSWORD, ~/.pgpass or ?password=${env:NAME}";
            }
            if (!text.substring(SCHEME.length()).contains("/")) {
                return "The URL names no database: postgresql://[user@]host[:port]/database";
            }
        }
        return null;
    }
}
