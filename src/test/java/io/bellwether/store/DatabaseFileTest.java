package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseFileTest {
    @TempDir
    Path folder;

    @Test
    void newDatabaseIsOwnerOnlyInAnOwnerOnlyFolder() throws IOException {
        Path base = folder.resolve("nested/deeper/bellwether");
        try (Workspace workspace = Bellwether.openRecordOnly(base)) {
            assertThat(workspace.location()).isEqualTo(base);
        }

        assertThat(permissions(base.resolveSibling("bellwether.mv.db"))).isEqualTo("rw-------");
        assertThat(permissions(base.getParent())).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("nested"))).isEqualTo("rwx------");
    }

    @Test
    void existingFilesAreMadeOwnerOnlyAgainOnOpen() throws IOException {
        Path base = folder.resolve("bellwether");
        Bellwether.openRecordOnly(base).close();
        Path data = folder.resolve("bellwether.mv.db");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rw-r--r--"));

        Bellwether.openRecordOnly(base).close();

        assertThat(permissions(data)).isEqualTo("rw-------");
    }

    @Test
    void theDataFileNameIsAcceptedForItsBaseName() {
        DatabaseFile file = DatabaseFile.of(folder.resolve("bellwether.mv.db"));

        assertThat(file.base()).isEqualTo(folder.resolve("bellwether"));
        assertThat(file.jdbcUrl()).isEqualTo("jdbc:h2:file:" + folder.resolve("bellwether")
                + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=65536;QUERY_CACHE_SIZE=64;TRACE_LEVEL_FILE=0");
    }

    @Test
    void pathsThatCouldCarryH2SettingsAreRefused() {
        assertThatThrownBy(() -> DatabaseFile.of(folder.resolve("db;AUTO_SERVER=TRUE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("database path")
                .hasMessageContaining("AUTO_SERVER");
        assertThatThrownBy(() -> DatabaseFile.of(folder.resolve("db\nINIT=x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("database path");
        assertThatThrownBy(() -> DatabaseFile.of(Path.of(" ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DatabaseFile.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFolderIsRefusedWithAHint() {
        assertThatThrownBy(() -> Bellwether.openRecordOnly(folder))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a folder")
                .hasMessageContaining(folder.resolve("bellwether").toString());
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
