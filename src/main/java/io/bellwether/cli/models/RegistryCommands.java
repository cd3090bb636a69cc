package io.bellwether.cli.models;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.BellwetherCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --db PATH} option of the models commands and how they run: with the workspace and its
 * registry open, any refusal one line on stderr and exit code 2, as the workspace commands do.
 */
final class RegistryCommands {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Workspace database (H2 base name, no suffix). Default: $BELLWETHER_DB, else"
                    + " ~/.bellwether/bellwether.")
    Path database;

    @FunctionalInterface
    interface Action {
        int run(ModelRegistry registry, PrintWriter out) throws IOException;
    }

    int run(CommandSpec spec, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace workspace = Bellwether.openRecordOnly(database == null ? Bellwether.defaultLocation() : database)) {
            int code = action.run(workspace.registry(), out);
            out.flush();
            return code;
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println(spec.qualifiedName() + ": " + oneLine(e));
            err.flush();
            return BellwetherCommand.BAD_INPUT;
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
