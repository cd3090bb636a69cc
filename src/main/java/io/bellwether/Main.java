package io.bellwether;

import io.bellwether.cli.BellwetherCommand;

/** No arguments, or only {@code --db PATH}: the console. A subcommand: the headless command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensConsole(args)) {
            javafx.application.Application.launch(io.bellwether.ui.App.class, args);
            return;
        }
        System.exit(BellwetherCommand.commandLine(new ForwardWhenHeld()).execute(args));
    }

    static boolean opensConsole(String[] args) {
        return args.length == 0
                || args.length == 2 && args[0].equals("--db")
                || args.length == 1 && args[0].startsWith("--db=");
    }
}
