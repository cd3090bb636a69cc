package io.bellwether.application;

/** Service-provider interface the store implements (META-INF/services), as {@link WorkspaceProvider}. */
public interface TrafficHookStoreProvider {

    /** Opens the hook tables of the workspace, which must be open (its migrations created them). */
    TrafficHookStore open(Workspace workspace);
}
