package io.bellwether.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The console's own settings (the operator name) as a properties file, written owner-only; it
 * replaces the Java preferences file, which the JDK creates with the umask's permissions.
 */
public final class SettingsFile {
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** {@code ~/.bellwether/console.properties}. */
    public static SettingsFile standard() {
        return new SettingsFile(Path.of(System.getProperty("user.home"), ".bellwether", "console.properties"));
    }

    /** The saved value, or {@code fallback} when there is none or the file cannot be read. */
    public String get(String key, String fallback) {
        try (InputStream in = Files.newInputStream(file)) {
            Properties saved = new Properties();
            saved.load(in);
            return saved.getProperty(key, fallback);
        } catch (IOException | IllegalArgumentException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        Properties saved = new Properties();
        try {
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    saved.load(in);
                }
            }
            saved.setProperty(key, value);
            OwnerOnlyFiles.createFolders(file.toAbsolutePath().getParent());
            try (OutputStream out = OwnerOnlyFiles.newOutputStream(file)) {
                saved.store(out, "Bellwether console settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the console settings to " + file, e);
        }
    }
}
