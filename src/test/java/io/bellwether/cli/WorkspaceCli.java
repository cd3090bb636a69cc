package io.bellwether.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs commands in-process against the workspace {@code bellwether} in a folder, and reads its rows as text. */
public record WorkspaceCli(Path dir) {

    public record Run(int exitCode, String out) {
    }

    public Path database() {
        return dir.resolve("bellwether");
    }

    /** {@code group command args...}, with {@code --db} put after the command; out and err together. */
    public Run run(String... args) {
        CommandLine line = BellwetherCommand.commandLine();
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of(args));
        all.add(Math.min(2, all.size()), "--db");
        all.add(Math.min(3, all.size()), database().toString());
        return new Run(line.execute(all.toArray(String[]::new)), out.toString());
    }

    /** Every row of {@code query}, columns separated by '|', one line a row (the workspace must be closed). */
    public String rows(String query) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    all.append(rows.getString(i)).append('|');
                }
                all.append('\n');
            }
        }
        return all.toString();
    }

    /** Runs SQL on the closed workspace, as someone with the file would. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + database());
    }
}
