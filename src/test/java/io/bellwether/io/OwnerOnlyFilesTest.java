package io.bellwether.io;

import io.bellwether.cli.WorkspaceCli;
import io.bellwether.ui.audit.AuditExport;
import io.bellwether.ui.audit.FileAuditExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Every file Bellwether writes is rw------- and every folder it creates rwx------, whatever the umask (022 here). */
class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void auditExportsReportsAndTheDatabaseAreOwnerOnly() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(dir.resolve("new-folder"));
        cli.run("models", "register", "m", "v1", "--path", "p", "--framework", "f", "--by", "b");
        cli.run("models", "promote", "m", "v1", "--by", "eng", "--justification", "why");
        cli.run("models", "register", "m", "v1", "--path", "p", "--framework", "f", "--by", "b");
        Path json = dir.resolve("audit.json");
        Path csv = dir.resolve("audit.csv");
        Path html = dir.resolve("review.html");
        Files.writeString(csv, "an older export, world-readable");

        cli.run("audit", "export", "--format", "json", "--out", json.toString());
        cli.run("audit", "export", "--format", "csv", "--out", csv.toString());
        cli.run("models", "report", "m", "v1", "--out", html.toString());

        assertThat(List.of(permissions(json), permissions(csv), permissions(html)))
                .containsOnly("rw-------");
        assertThat(Files.readString(csv)).startsWith("sequence,").doesNotContain("older");
        assertThat(permissions(dir.resolve("new-folder"))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(dir.resolve("new-folder"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly("bellwether.mv.db");
        }
        assertThat(permissions(cli.database().resolveSibling("bellwether.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void drillReportsAreOwnerOnly() throws Exception {
        Path markdown = dir.resolve("report.md");
        Path json = dir.resolve("report.json");
        WorkspaceCli cli = new WorkspaceCli(dir);

        cli.run("drill", "run", "error-rate-burst", "--report", markdown.toString());
        cli.run("drill", "run", "error-rate-burst", "--report", json.toString());

        assertThat(List.of(permissions(markdown), permissions(json))).containsOnly("rw-------");
    }

    @Test
    void theConsolesExportAndSettingsAreOwnerOnly() throws Exception {
        Path export = dir.resolve("console-export.csv");
        Path settings = dir.resolve("settings-folder").resolve("console.properties");

        new FileAuditExport().write(List.of(), AuditExport.Format.CSV, export);
        new SettingsFile(settings).put("operator", "alice");

        assertThat(permissions(export)).isEqualTo("rw-------");
        assertThat(permissions(settings)).isEqualTo("rw-------");
        assertThat(permissions(settings.getParent())).isEqualTo("rwx------");
        assertThat(new SettingsFile(settings).get("operator", "nobody")).isEqualTo("alice");
        assertThat(new SettingsFile(dir.resolve("missing")).get("operator", "nobody")).isEqualTo("nobody");
    }
}
