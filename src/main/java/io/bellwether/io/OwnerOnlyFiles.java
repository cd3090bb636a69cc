package io.bellwether.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Every file Bellwether writes, readable by its owner only from its first byte: a new file is created
 * rw------- and a new folder rwx------ (whatever the umask), and an existing file is made rw-------
 * before it is truncated. On a file system without POSIX permissions files are written plainly.
 */
public final class OwnerOnlyFiles {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code file} (or truncates it) for writing. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        boolean posix = isPosix(file);
        if (posix && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return Channels.newOutputStream(posix
                ? Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(FILE))
                : Files.newByteChannel(file, options));
    }

    /** {@link #newOutputStream} as buffered UTF-8 text. */
    public static Writer newWriter(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(file), StandardCharsets.UTF_8));
    }

    public static void writeString(Path file, CharSequence text) throws IOException {
        try (Writer writer = newWriter(file)) {
            writer.append(text);
        }
    }

    /** Creates {@code folder} and its missing parents, each rwx-------; existing folders are left as they are. */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!isPosix(absolute)) {
            return Files.createDirectories(absolute);
        }
        FileAttribute<Set<PosixFilePermission>> owner = PosixFilePermissions.asFileAttribute(FOLDER);
        return Files.createDirectories(absolute, owner);
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
