package io.bellwether.cli;

import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/** Runs the last command as picocli does; running out of memory becomes a failure {@link OneLineErrors} prints. */
final class OutOfMemoryGuard implements IExecutionStrategy {
    static final String MESSAGE = "out of memory: give Java more (_JAVA_OPTIONS=-Xmx2g bellwether ...)";

    @Override
    public int execute(ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError e) {
            ParseResult last = parsed;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            throw new ExecutionException(last.commandSpec().commandLine(), MESSAGE, e);
        }
    }
}
