package io.bellwether.cli.metrics;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsWatcher.TriedQuery;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.service.Json;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.DeploymentCommand;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether metrics bind|show|unbind|test}: where a deployment's live metrics come from. */
@Command(name = "metrics", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Binds deployments to the Prometheus that measures them, shows, removes and tries the bindings.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {MetricsBindCommand.class, MetricsCommand.Show.class, MetricsCommand.Unbind.class,
                MetricsCommand.Test.class})
public final class MetricsCommand extends CommandGroup {

    /** A command on one deployment's metrics binding: it never calls a traffic controller. */
    abstract static class OnDeployment extends DeploymentCommand {
        @Override
        protected boolean recordOnly() {
            return true;
        }
    }

    static void print(PrintWriter out, Object json) {
        out.println(Json.write("output", json));
    }

    /** The binding as shown everywhere: the deployment and its parts, credentials as their references. */
    static Map<String, Object> shown(MetricsBinding binding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deployment_id", binding.deploymentId());
        json.putAll(binding.shown());
        return json;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints a deployment's metrics binding (credentials as their $${env:NAME} references).")
    static final class Show extends OnDeployment {
        @Option(names = "--json", description = "As one JSON object (default: one line a part)") boolean json;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            workspace.queries().getDeployment(id);
            MetricsBinding binding = workspace.metricsBindings().find(id).orElseThrow(() ->
                    MetricsBinding.missing(id, "has no metrics binding"));
            if (json) {
                print(out, shown(binding));
            } else {
                text(out, binding);
            }
            return ExitCodes.OK;
        }

        private static void text(PrintWriter out, MetricsBinding binding) {
            out.println("deployment   " + binding.deploymentId());
            out.println("prometheus   " + binding.baseUrl());
            out.println("credentials  " + binding.credentials().shown());
            out.println("window       " + binding.window());
            out.println("timeout      " + binding.timeout().toMillis() + " ms");
            out.println("baseline     " + (binding.hasLiveBaseline() ? "live, version " + binding.baselineVersion()
                    : "stored"));
            binding.templates().forEach((metric, template) -> out.println("template     " + metric + " = " + template));
        }
    }

    @Command(name = "unbind", mixinStandardHelpOptions = true,
            description = "Removes a deployment's metrics binding; audited.")
    static final class Unbind extends OnDeployment {
        @Option(names = "--operator", description = "Who removes it (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            if (!workspace.metricsBindings().remove(id, Operators.orSystemUser(operator))) {
                throw MetricsBinding.missing(id, "has no metrics binding to remove");
            }
            out.println(id + " unbound");
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Runs each of the deployment's queries once against its Prometheus at the current time and"
                    + " prints one line a metric: its value, or the error. Records nothing.",
            exitCodeList = {"0:every query gave a value", "8:at least one query gave no usable value",
                    "2:bad input, unknown deployment or no binding"})
    static final class Test extends OnDeployment {
        @Option(names = "--json", description = "One JSON object a metric instead of text") boolean json;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            List<TriedQuery> tried = workspace.metricsWatcher().tryQueries(id, Instant.now());
            tried.forEach(query -> out.println(json ? Json.write("output", tried(query)) : line(query)));
            return tried.stream().allMatch(TriedQuery::succeeded) ? ExitCodes.OK : ExitCodes.QUERY_FAILED;
        }

        private static String line(TriedQuery query) {
            return query.metric() + " " + (query.succeeded() ? "= " + query.value() : "ERROR " + query.error())
                    + "  [" + query.query() + "]";
        }

        private static Map<String, Object> tried(TriedQuery query) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("metric", query.metric());
            json.put("query", query.query());
            json.put("value", query.succeeded() ? query.value() : null);
            json.put("error", query.error());
            return json;
        }
    }
}
