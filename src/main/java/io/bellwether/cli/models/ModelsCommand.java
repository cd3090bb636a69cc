package io.bellwether.cli.models;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.ShadowReview;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.io.ShadowReviewReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bellwether models register|list|promote|approve|reject|archive|report}: the registry and its approvals. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Model registry: register versions, request promotions, approve or reject them, archive.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ModelsCommand.Register.class, ModelsCommand.ListModels.class, ModelsCommand.Promote.class,
                ModelsCommand.Approve.class, ModelsCommand.Reject.class, ModelsCommand.Archive.class,
                ModelsCommand.Report.class, ChecklistCommand.class})
public final class ModelsCommand extends CommandGroup {
    /** A registry command: it never calls a traffic controller. */
    abstract static class RegistryStep extends WorkspaceCommand {
        @Override
        protected boolean recordOnly() {
            return true;
        }
    }

    /** NAME VERSION and who acts, common to every step on one version. */
    abstract static class VersionStep extends RegistryStep {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "VERSION") String version;
        @Option(names = "--by", paramLabel = "PERSON", description = "Who acts (default: the OS user)")
        String by = Operators.systemUser();
    }

    @Command(name = "register", mixinStandardHelpOptions = true, description = "Registers a model version"
            + " in development.")
    static final class Register extends VersionStep {
        @Option(names = "--path", required = true, description = "Model file, e.g. ./model.pt") String path;
        @Option(names = "--framework", required = true, description = "e.g. pytorch") String framework;
        @Option(names = "--metric", paramLabel = "NAME=VALUE", description = "An offline metric (repeatable)")
        Map<String, Double> metrics = new LinkedHashMap<>();

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            ModelVersion m = workspace.registry().registerModel(name, version, path, framework, by, metrics);
            out.println("registered " + m.ref() + " (" + m.stage().value() + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists model versions, or with"
            + " --pending the promotion requests waiting for review.")
    static final class ListModels extends RegistryStep {
        @Option(names = "--name") String name;
        @Option(names = "--stage", description = "development, staging, production or archived") String stage;
        @Option(names = "--pending", description = "List the pending promotion requests instead") boolean pending;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            if (pending) {
                workspace.registry().pendingPromotions().forEach(r -> out.println(describe(r)));
            } else {
                ModelStage filter = stage == null ? null : ModelStage.fromValue(stage);
                for (ModelVersion m : workspace.registry().listModels(name, filter)) {
                    out.printf("%-24s %-12s %-12s %-10s %-28s %s %s%n", m.name(), m.version(), m.stage().value(),
                            m.framework(), m.createdBy(), m.createdAt(), m.metrics());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true, description = "Requests the promotion of a"
            + " version; another person approves or rejects it.")
    static final class Promote extends VersionStep {
        @Option(names = "--to", defaultValue = "production", description = "Target stage (default ${DEFAULT-VALUE})")
        String target;
        @Option(names = "--justification", required = true) String justification;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            out.println("requested " + describe(workspace.registry().requestPromotion(name, version,
                    ModelStage.fromValue(target), by, justification)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approves the pending promotion"
            + " request of a version and moves it to its target stage.")
    static final class Approve extends VersionStep {
        @Option(names = "--comment") String comment;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            out.println("approved " + describe(workspace.registry().approvePromotion(name, version, by, comment)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects the pending promotion"
            + " request of a version.")
    static final class Reject extends VersionStep {
        @Option(names = "--reason", required = true) String reason;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            out.println("rejected " + describe(workspace.registry().rejectPromotion(name, version, by, reason)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true, description = "Archives a version.")
    static final class Archive extends VersionStep {
        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            out.println("archived " + workspace.registry().archiveModel(name, version, by).ref());
            return ExitCodes.OK;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Writes the shadow review of the"
            + " version's latest promotion request as a self-contained HTML page.")
    static final class Report extends RegistryStep {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "VERSION") String version;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path file;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            PromotionRequest request = workspace.registry().latestPromotion(name, version).orElseThrow(() ->
                    new IllegalStateException("model " + name + " version " + version
                            + " has no promotion request to review"));
            ShadowReview review = workspace.registry().shadowReview(request, ReadinessCriteria.DEFAULTS);
            ShadowReviewReport.write(review, workspace.checklist().answer(name, version, request.targetStage().value()),
                    Instant.now(), file);
            out.println("wrote " + file + " (" + (review.verdict().ready() ? "ready" : "not ready") + ")");
            return ExitCodes.OK;
        }
    }

    private static String describe(PromotionRequest r) {
        String line = r.modelRef() + " " + r.fromStage().value() + " -> " + r.targetStage().value() + " "
                + r.status().value() + ", requested by " + r.requestedBy() + " at " + r.requestedAt() + ": "
                + r.justification();
        return r.reviewer() == null ? line : line + "; reviewed by " + r.reviewer()
                + (r.comment() == null ? "" : ": " + r.comment());
    }
}
