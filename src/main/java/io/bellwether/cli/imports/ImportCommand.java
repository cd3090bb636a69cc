package io.bellwether.cli.imports;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.Progress;
import io.bellwether.cli.Refusal;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceOption;
import io.bellwether.io.DataImport;
import io.bellwether.io.ImportKind;
import io.bellwether.io.ImportRefusedException;
import io.bellwether.io.ImportResult;
import io.bellwether.io.LineProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bellwether import KIND FILE --into ID}: loads a CSV or JSON Lines file into the workspace, whole or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Imports metrics, health checks or shadow comparisons from CSV or JSON Lines.",
                "The file lands whole or not at all: each bad line is listed on stderr with its number and reason."},
        exitCodeList = {"0:imported", "2:refused (bad lines, unknown target, unreadable file); nothing stored"})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "metrics, health-checks or shadow-comparisons")
    String kindName;

    @Parameters(index = "1", paramLabel = "FILE", description = "CSV (with a header) or JSON Lines file")
    Path file;

    @Option(names = "--into", paramLabel = "ID", required = true,
            description = "Deployment id (metrics, health-checks) or shadow deployment id (shadow-comparisons)")
    String targetId;

    @Mixin
    WorkspaceOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ImportKind kind;
        try {
            kind = ImportKind.fromValue(kindName);
        } catch (IllegalArgumentException e) {
            throw new Refusal("KIND", e.getMessage());
        }
        return db.runRecordOnly((workspace, out) -> {
            try {
                ImportResult result = new DataImport(workspace, Operators.systemUser(),
                        written -> Progress.rowsWritten(spec.commandLine().getErr(), kind.value() + " records",
                                written)).importFile(kind, targetId, file, Instant.now(), null);
                out.println("Imported " + result.records() + " " + kind.value() + " records into " + kind.target()
                        + " " + targetId);
                return ExitCodes.OK;
            } catch (ImportRefusedException e) {
                return refused(e);
            } catch (NotFoundException | IllegalArgumentException e) {
                throw new Refusal(file.toString(), e.getMessage());
            } catch (IOException e) {
                throw Refusal.of(file, e);
            }
        });
    }

    private int refused(ImportRefusedException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(file + ": import refused, nothing stored");
        for (LineProblem problem : e.problems()) {
            err.println(file + ": " + problem);
        }
        if (e.moreProblems() > 0) {
            err.println(file + ": and " + e.moreProblems() + " more bad lines");
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
