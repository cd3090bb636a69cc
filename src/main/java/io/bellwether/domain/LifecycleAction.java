package io.bellwether.domain;

/** What an operator or the engine asks of a deployment. */
public enum LifecycleAction {
    START, COMPLETE, ROLLBACK, CANCEL, FAIL;

    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
