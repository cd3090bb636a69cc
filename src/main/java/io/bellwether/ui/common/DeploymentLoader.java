package io.bellwether.ui.common;

import io.bellwether.ui.TaskExecutor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Loads what a screen shows of the shell's selected deployment: {@code read} runs on the worker and
 * {@code apply} gets its result if it is still the newest. With no deployment selected, or when
 * reading fails, {@code clear} gets the message the screen shows instead (a shadow deployment is
 * named as such).
 */
public final class DeploymentLoader<S> {
    private final Loader loader;
    private final Function<String, S> read;
    private final Consumer<S> apply;
    private final Consumer<String> clear;
    private final String noneSelected;
    private final String what;
    private String deploymentId;

    /** @param what what a failure could not load, before the id: "" or e.g. "the health history of " */
    public DeploymentLoader(TaskExecutor executor, Function<String, S> read, Consumer<S> apply, Consumer<String> clear,
                            String noneSelected, String what) {
        this.loader = new Loader(executor);
        this.read = read;
        this.apply = apply;
        this.clear = clear;
        this.noneSelected = noneSelected;
        this.what = what;
    }

    public void show(String deploymentIdOrNull) {
        deploymentId = deploymentIdOrNull;
        load();
    }

    /** Reads the selected deployment again. */
    public void load() {
        String id = deploymentId;
        if (id == null) {
            clear.accept(noneSelected);
            return;
        }
        loader.load(() -> read.apply(id), apply, error -> clear.accept(error instanceof ShadowSelected
                ? error.getMessage() : "Could not load " + what + id + ": " + error.getMessage()));
    }

    /** Drops the load in flight: the screen shows something else now. */
    public void cancel() {
        loader.cancel();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return loader.busyProperty();
    }
}
