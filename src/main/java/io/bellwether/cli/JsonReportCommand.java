package io.bellwether.cli;

import io.bellwether.io.JsonFiles;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that needs no workspace: it reads its input and prints one JSON document. */
abstract class JsonReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Prints {@code json} on the command's output. */
    protected void print(Object json) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonFiles.write(json));
        out.flush();
    }
}
