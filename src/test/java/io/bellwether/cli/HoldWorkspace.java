package io.bellwether.cli;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import java.nio.file.Path;

/** A second process that holds a workspace open until its stdin closes. */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Bellwether.open(Path.of(args[0]))) {
            System.out.println("holding " + workspace.location());
            System.out.flush();
            while (System.in.read() >= 0) {
                Thread.onSpinWait();
            }
        }
    }
}
