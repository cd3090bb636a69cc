package io.bellwether;

import io.bellwether.cli.BellwetherCommand;

/** No arguments: the console. Any argument: the headless command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(io.bellwether.ui.App.class);
            return;
        }
        System.exit(BellwetherCommand.commandLine().execute(args));
    }
}
