package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.ChainVerification;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCommand;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether audit verify [--anchor HASH]}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hashes the whole chain and checks its head, its genesis record and the anchors in"
                + " the rows it changed.",
        exitCodeList = {"0:intact", "4:broken (the first broken event is named)", "2:bad input", "6:cannot open the workspace"})
final class AuditVerifyCommand extends WorkspaceCommand {
    @Option(names = "--anchor", paramLabel = "HASH",
            description = "A head hash printed earlier by 'audit anchor': also prove that nothing up to it changed")
    String anchor;

    @Override
    protected int run(Workspace workspace, PrintWriter out) throws IOException {
        ChainVerification result = workspace.audit().verify(anchor);
        if (result.intact()) {
            out.println("audit chain intact: " + result.eventsChecked() + " events"
                    + (anchor == null ? "" : ", including the anchor " + anchor));
            return ExitCodes.OK;
        }
        out.println("audit chain BROKEN at event " + result.firstBrokenSequence() + ": " + result.problem());
        return ExitCodes.CHAIN_BROKEN;
    }
}
