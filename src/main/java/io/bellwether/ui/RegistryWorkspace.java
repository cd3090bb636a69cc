package io.bellwether.ui;

import io.bellwether.application.ModelRegistry;
import io.bellwether.application.Workspace;

/** A workspace opened together with its model registry (the console's, for the Review tab and the demo). */
public interface RegistryWorkspace extends Workspace {
    ModelRegistry registry();
}
