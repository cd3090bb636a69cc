package io.bellwether.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into bellwether-version.properties at build time. */
public final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/bellwether-version.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"bellwether " + version()};
    }

    public static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the classpath");
            }
            properties.load(in);
        }
        return properties.getProperty("version", "unknown");
    }
}
