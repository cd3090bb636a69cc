package io.bellwether.cli;

import picocli.CommandLine.Parameters;

/** A command on one deployment of the workspace, named by its id. */
public abstract class DeploymentCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "ID", description = "The deployment's id")
    protected String id;
}
