package io.bellwether.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** What a command does when its workspace is held by another process: run it there, if someone serves it. */
@FunctionalInterface
public interface WhenHeld {
    /** Nobody serves held workspaces: the command fails as held. */
    WhenHeld NOBODY = (database, args) -> OptionalInt.empty();

    /**
     * Runs {@code args} (the whole command line) where {@code database} is held and returns its exit
     * code, its output already printed; empty when nobody serves it.
     *
     * @throws ForwardRefusedException when the holder refuses the command
     */
    OptionalInt forward(Path database, List<String> args) throws IOException;
}
