package io.bellwether.forward;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where a workspace's command-line socket is: beside its database file, {@code BASE.sock} next to {@code BASE.mv.db}. */
public final class SocketFile {
    static final String SUFFIX = ".sock";
    private static final String DATA_SUFFIX = ".mv.db";
    /** A Unix domain socket address holds at most this many bytes of path on Linux (sun_path less its NUL). */
    static final int MAX_PATH_BYTES = 107;

    private SocketFile() {
    }

    /** The socket of the workspace at {@code database} (a base name or its {@code .mv.db} file). */
    public static Path beside(Path database) {
        Path base = databaseBase(database);
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /**
     * The database's absolute base name, its folder with symbolic links resolved where it exists, so
     * that the console and a command given the same file by different paths agree.
     */
    public static Path databaseBase(Path database) {
        Path base = database.toAbsolutePath().normalize();
        String name = base.getFileName() == null ? "" : base.getFileName().toString();
        if (name.endsWith(DATA_SUFFIX)) {
            name = name.substring(0, name.length() - DATA_SUFFIX.length());
        }
        Path folder = base.getParent() == null ? base.getRoot() : base.getParent();
        try {
            folder = folder.toRealPath();
        } catch (IOException e) {
            // a folder that does not exist yet: its workspace cannot be held either
        }
        return folder.resolve(name);
    }

    static boolean fitsAnAddress(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES;
    }
}
