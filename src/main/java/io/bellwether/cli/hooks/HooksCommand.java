package io.bellwether.cli.hooks;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.service.Json;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether hooks show|set|test}: the traffic controller called for each environment. */
@Command(name = "hooks", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows, sets and tries the traffic controller (none, command or http) of each environment.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {HooksCommand.Show.class, HooksCommand.Set.class, HooksCommand.Test.class})
public final class HooksCommand extends CommandGroup {

    /** Options every hooks subcommand takes. */
    abstract static class Common extends WorkspaceCommand {

        static void print(PrintWriter out, Object json) {
            out.println(Json.write("output", json));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints the stored settings as JSON (secret header values masked); with --env, the"
                    + " settings a deployment in that environment uses.")
    static final class Show extends Common {
        @Option(names = "--env", paramLabel = "ENVIRONMENT", description = "Only the settings this environment uses")
        String environment;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            if (environment != null) {
                print(out, workspace.trafficHooks().effective(environment).shown());
            } else {
                print(out, workspace.trafficHooks().all().stream().map(HookSettings::shown).toList());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Sets the traffic controller of an environment ('*' for every environment without"
                    + " its own); audited.",
                    "Header values may name environment variables as $${env:NAME} (quote them for the shell), so"
                            + " tokens are not stored."})
    static final class Set extends Common {
        @Option(names = "--env", required = true, paramLabel = "ENVIRONMENT", description = "Environment, or '*'")
        String environment;
        @Option(names = "--adapter", required = true, description = "none, command or http")
        String adapter;
        @Option(names = "--command", paramLabel = "PROGRAM", description = "command: the program to run")
        String program;
        @Option(names = "--arg", paramLabel = "ARG", description = "command: a fixed argument before the event's"
                + " fields (repeatable)")
        List<String> arguments = new ArrayList<>();
        @Option(names = "--url", description = "http: where to POST the JSON event")
        String url;
        @Option(names = "--header", paramLabel = "NAME=VALUE", description = "http: a header (repeatable); secret"
                + " when its name contains authorization, token, secret, key, password or cookie")
        Map<String, String> headers = new LinkedHashMap<>();
        @Option(names = "--secret-header", paramLabel = "NAME=VALUE", description = "http: a header always"
                + " treated as secret (repeatable)")
        Map<String, String> secretHeaders = new LinkedHashMap<>();
        @Option(names = "--connect-timeout", paramLabel = "DURATION", description = "http: e.g. 5s (default 5s)")
        Duration connectTimeout;
        @Option(names = "--timeout", paramLabel = "DURATION", description = "Whole call, e.g. 30s, 500ms, 2m"
                + " (default 30s)")
        Duration timeout;
        @Option(names = "--operator", description = "Who changes it (default: the OS user)")
        String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            HookSettings settings = settings();
            workspace.trafficHooks().set(settings, Operators.orSystemUser(operator));
            print(out, settings.shown());
            return ExitCodes.OK;
        }

        private HookSettings settings() {
            List<String> command = new ArrayList<>();
            if (program != null) {
                command.add(program);
                command.addAll(arguments);
            }
            List<HookHeader> all = new ArrayList<>();
            headers.forEach((name, value) -> all.add(new HookHeader(name, value, false)));
            secretHeaders.forEach((name, value) -> all.add(new HookHeader(name, value, true)));
            return new HookSettings(environment, HookAdapter.fromValue(adapter), command,
                    url == null ? null : uri(url), all, connectTimeout, timeout);
        }

        private static URI uri(String text) {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw new InvalidInputException("url", text, "is not a URL: " + e.getReason());
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Calls the environment's traffic controller with a 'test' event (no deployment, traffic"
                    + " 0) and prints the outcome as JSON; stored and audited.",
            exitCodeList = {"0:the call succeeded", "5:the call failed (see error, exit_code, http_status)",
                    "2:bad input"})
    static final class Test extends Common {
        @Option(names = "--env", required = true, paramLabel = "ENVIRONMENT") String environment;
        @Option(names = "--operator", description = "Who calls it (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) throws IOException {
            HookCall call = workspace.trafficHooks().test(environment,
                    Operators.orSystemUser(operator));
            print(out, call.outcome().shown());
            return call.succeeded() ? ExitCodes.OK : ExitCodes.HOOK_FAILED;
        }
    }
}
