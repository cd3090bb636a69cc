package io.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/** Every failure of every command ends as one line on stderr, {@code bellwether COMMAND: MESSAGE}, and an exit code. */
public final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        String line = failure instanceof Refusal refusal ? refusal.where() + ": " + firstLine(refusal)
                : command.getCommandSpec().qualifiedName() + ": " + describe(failure);
        print(command, line);
        return command.getExitCodeExceptionMapper().getExitCode(failure);
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        String message = failure.getCause() instanceof TypeConversionException conversion
                && failure.getArgSpec() instanceof OptionSpec option
                ? option.longestName().replaceFirst("^-+", "") + " " + conversion.getMessage()
                : firstLine(failure);
        print(command, command.getCommandSpec().qualifiedName() + ": " + message);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The first line of the failure's message, or its type when it has none. */
    static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    private static String describe(Throwable failure) {
        if (failure instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        return firstLine(failure);
    }

    private static void print(CommandLine command, String line) {
        command.getOut().flush();
        PrintWriter err = command.getErr();
        err.println(line);
        err.flush();
    }
}
