package io.bellwether.cli.workspace;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every workspace command takes. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Workspace database (H2 base name, no suffix). Default: $BELLWETHER_DB, else"
                    + " ~/.bellwether/bellwether.")
    Path database;

    /** The workspace with its traffic hooks, so lifecycle commands move traffic as the console does. */
    Workspace open() {
        return Bellwether.open(database == null ? Bellwether.defaultLocation() : database);
    }
}
