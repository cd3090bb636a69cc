package io.bellwether;

import io.bellwether.application.port.in.WorkspaceUnavailableException;
import io.bellwether.cli.ForwardRefusedException;
import io.bellwether.cli.WhenHeld;
import io.bellwether.forward.CommandForwarder;
import io.bellwether.forward.ForwardRefusal;
import io.bellwether.forward.ForwardedCommand;
import io.bellwether.forward.SocketFile;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** The command line's {@link WhenHeld}: a workspace held by a console runs the command in that console. */
final class ForwardWhenHeld implements WhenHeld {

    @Override
    public OptionalInt forward(Path database, List<String> args) {
        ForwardedCommand command = new ForwardedCommand(args, Path.of("").toAbsolutePath(),
                SocketFile.databaseBase(database));
        CommandForwarder.Outcome outcome = CommandForwarder.forward(command, System.in, System.out, System.err);
        if (outcome instanceof CommandForwarder.Finished finished) {
            return OptionalInt.of(finished.exitCode());
        }
        if (outcome instanceof CommandForwarder.Refused refused && refused.kind() == ForwardRefusal.CLOSING) {
            throw new WorkspaceUnavailableException(database, "the console holding it did not run the command: "
                    + refused.reason(), null);
        }
        if (outcome instanceof CommandForwarder.Refused refused) {
            throw new ForwardRefusedException("the console holding " + database + " refused the command: "
                    + refused.reason());
        }
        if (outcome instanceof CommandForwarder.Lost lost) {
            throw new WorkspaceUnavailableException(database, lost.reason()
                    + "; whether it took effect is unknown (look before running it again)", null);
        }
        return OptionalInt.empty();
    }
}
