package io.bellwether.application;

/** Service-provider interface the store implements (META-INF/services), as {@link WorkspaceProvider}. */
public interface ModelRegistryStoreProvider {

    /** Opens the registry tables of the workspace, which must be open (its migrations created them). */
    ModelRegistryStore open(Workspace workspace);
}
