package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.AuditAnchor;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCommand;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code bellwether audit anchor}: the chain's head, to record outside the workspace. */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = "Prints the head of the audit chain (sequence and hash). Record it elsewhere; later,"
                + " 'audit verify --anchor HASH' proves that no event up to it was rewritten.")
final class AuditAnchorCommand extends WorkspaceCommand {

    @Override
    protected int run(Workspace workspace, PrintWriter out) throws IOException {
        AuditAnchor anchor = workspace.audit().anchor().orElse(new AuditAnchor(0, "none"));
        out.println(anchor.sequence() + " " + anchor.hash());
        return ExitCodes.OK;
    }
}
