package io.bellwether.cli.notifications;

import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.NotificationDelivery;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.service.Json;
import io.bellwether.cli.CommandGroup;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.VersionProvider;
import io.bellwether.cli.WorkspaceCommand;
import io.bellwether.domain.InvalidInputException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bellwether notifications add|list|remove|log|retry|test}: who is told about rollbacks, pauses and completions. */
@Command(name = "notifications", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Configures the webhooks told about rollbacks, pauses, inconclusive canaries and completions,"
                + " shows their delivery log and retries failed deliveries.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {NotificationsCommand.Add.class, NotificationsCommand.ListWebhooks.class,
                NotificationsCommand.Remove.class, NotificationsCommand.Log.class, NotificationsCommand.Retry.class,
                NotificationsCommand.Test.class})
public final class NotificationsCommand extends CommandGroup {

    static void print(PrintWriter out, Object json) {
        out.println(Json.write("output", json));
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a webhook for an environment ('*' for every environment); audited. Prints it as JSON,"
                    + " secret header values masked.",
                    "Header values may name environment variables as $${env:NAME} (quote them for the shell)."})
    static final class Add extends WorkspaceCommand {
        @Option(names = "--environment", required = true, paramLabel = "ENVIRONMENT") String environment;
        @Option(names = "--url", required = true, description = "Where to POST") String url;
        @Option(names = "--format", required = true, description = "slack or json") String format;
        @Option(names = "--header", paramLabel = "'NAME: VALUE'", description = "A header (repeatable); secret when"
                + " its name contains authorization, token, secret, key, password or cookie")
        List<String> headers = new ArrayList<>();
        @Option(names = "--secret-header", paramLabel = "'NAME: VALUE'", description = "A header always treated as"
                + " secret (repeatable)")
        List<String> secretHeaders = new ArrayList<>();
        @Option(names = "--connect-timeout", paramLabel = "DURATION", description = "e.g. 2s (default 2s)")
        Duration connectTimeout;
        @Option(names = "--timeout", paramLabel = "DURATION", description = "Whole delivery, e.g. 5s (default 5s)")
        Duration timeout;
        @Option(names = "--operator", description = "Who adds it (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            List<HookHeader> all = new ArrayList<>();
            headers.forEach(h -> all.add(header(h, false)));
            secretHeaders.forEach(h -> all.add(header(h, true)));
            NotificationWebhook added = workspace.notifications().add(new NotificationWebhook(0, environment, uri(url),
                    NotificationFormat.fromValue(format), all, connectTimeout, timeout), Operators.orSystemUser(operator));
            print(out, added.shown());
            return ExitCodes.OK;
        }

        private static HookHeader header(String text, boolean secret) {
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInputException("--header", "(a value without 'NAME: ')", "must be 'NAME: VALUE'");
            }
            return new HookHeader(text.substring(0, colon).strip(), text.substring(colon + 1).strip(), secret);
        }

        private static URI uri(String text) {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw new InvalidInputException("--url", "(not shown)", "is not a URL: " + e.getReason());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints every webhook as JSON (secret header values and slack URL paths masked).")
    static final class ListWebhooks extends WorkspaceCommand {
        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            print(out, workspace.notifications().webhooks().stream().map(NotificationWebhook::shown).toList());
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a webhook by id; audited."
            + " Its deliveries stay in the log.")
    static final class Remove extends WorkspaceCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--operator", description = "Who removes it (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            workspace.notifications().remove(id, Operators.orSystemUser(operator));
            out.println("Removed notification webhook " + id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true,
            description = "Prints the newest deliveries as JSON, newest first; with --failed, the failures not retried.")
    static final class Log extends WorkspaceCommand {
        @Option(names = "--failed", description = "Only failures nobody retried yet") boolean failed;
        @Option(names = "--limit", defaultValue = "50", description = "How many (default 50)") int limit;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            List<NotificationDelivery> shown = failed ? workspace.notifications().failed()
                    : workspace.notifications().log(limit);
            print(out, shown.stream().map(NotificationDelivery::shown).toList());
            return ExitCodes.OK;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Sends a failed delivery's evidence again to its webhook and prints the attempt as JSON.",
            exitCodeList = {"0:delivered", "5:the delivery failed again (see error, http_status)", "2:bad input"})
    static final class Retry extends WorkspaceCommand {
        @Parameters(paramLabel = "ID", description = "A delivery id from 'notifications log'") long id;
        @Option(names = "--operator", description = "Who retries (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            NotificationDelivery attempt = workspace.notifications().retry(id, Operators.orSystemUser(operator));
            print(out, attempt.shown());
            return attempt.succeeded() ? ExitCodes.OK : ExitCodes.HOOK_FAILED;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Sends a 'test' notification to every webhook of the environment and prints the attempts.",
            exitCodeList = {"0:every webhook answered 2xx", "5:a delivery failed", "2:bad input (or no webhook)"})
    static final class Test extends WorkspaceCommand {
        @Option(names = "--environment", required = true, paramLabel = "ENVIRONMENT") String environment;
        @Option(names = "--operator", description = "Who tests (default: the OS user)") String operator;

        @Override
        protected int run(Workspace workspace, PrintWriter out) {
            List<NotificationDelivery> attempts = workspace.notifications().test(environment,
                    Operators.orSystemUser(operator));
            print(out, attempts.stream().map(NotificationDelivery::shown).toList());
            return attempts.stream().allMatch(NotificationDelivery::succeeded) ? ExitCodes.OK : ExitCodes.HOOK_FAILED;
        }
    }
}
