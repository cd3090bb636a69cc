package io.bellwether.store;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.io.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the H2 database lives: a validated base path (H2 adds {@code .mv.db}), the embedded file
 * URL built from it and nothing else, and owner-only permissions on what it creates.
 */
final class DatabaseFile {
    static final String SUFFIX = ".mv.db";

    private final Path base;
    private final PageCache pageCache;

    private DatabaseFile(Path base, PageCache pageCache) {
        this.base = base;
        this.pageCache = pageCache;
    }

    /** As {@link #of(Path, PageCache)}, with the console's page cache. */
    static DatabaseFile of(Path given) {
        return of(given, PageCache.CONSOLE);
    }

    /** Accepts a base name ({@code folder/bellwether}) or the data file itself ({@code folder/bellwether.mv.db}). */
    static DatabaseFile of(Path given, PageCache pageCache) {
        if (given == null) {
            throw new InvalidInputException("database path", null, "is required");
        }
        String text = given.toString();
        if (text.isBlank() || text.chars().anyMatch(c -> c == ';' || Character.isISOControl(c))) {
            throw new InvalidInputException("database path", "\"" + text + "\"",
                    "must be a file path without ';' or control characters");
        }
        Path base = given.toAbsolutePath().normalize();
        String name = base.getFileName() == null ? "" : base.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            name = name.substring(0, name.length() - SUFFIX.length());
            base = base.resolveSibling(name);
        }
        if (name.isEmpty() || Files.isDirectory(base)) {
            throw new InvalidInputException("database path", "\"" + text + "\"",
                    "must name a database file, not a folder (e.g. " + given.resolve("bellwether") + ")");
        }
        return new DatabaseFile(base, pageCache);
    }

    Path base() {
        return base;
    }

    Path dataFile() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /**
     * Embedded file mode only: no server, no AUTO_SERVER, no user text but the path. WRITE_DELAY=0
     * writes every commit to the file before it returns, so it survives the process being killed.
     * Lazy query execution streams large results (a million comparisons) instead of spilling them to
     * a temporary file first; the page cache is the process's ({@link PageCache}). A transaction prepares a
     * dozen different statements, more than H2's default query cache keeps parsed (8). No trace file: H2
     * writes SQL error text (with data) there.
     */
    String jdbcUrl() {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=" + pageCache.kilobytes()
                + ";QUERY_CACHE_SIZE=64;TRACE_LEVEL_FILE=0";
    }

    /**
     * Creates a missing folder owner-only, and a missing data file owner-only before H2 fills it. An
     * existing folder is left alone (it may be the user's home or project folder), except Bellwether's
     * own {@code ~/.bellwether}, which is kept owner-only.
     */
    void createFolder() {
        Path folder = base.getParent();
        try {
            OwnerOnlyFiles.createFolders(folder);
            if (folder.equals(Path.of(System.getProperty("user.home"), ".bellwether"))) {
                restrict(folder, OwnerOnlyFiles.FOLDER);
            }
            if (!Files.exists(dataFile())) {
                OwnerOnlyFiles.newOutputStream(dataFile()).close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + folder, e);
        }
    }

    /** Makes every file H2 keeps for this database (data, lock, trace) readable by its owner only. */
    void restrictFiles() {
        String prefix = base.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(base.getParent())) {
            for (Path file : (Iterable<Path>) siblings::iterator) {
                if (file.getFileName().toString().startsWith(prefix) && Files.isRegularFile(file)) {
                    restrict(file, OwnerOnlyFiles.FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions of " + dataFile(), e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
