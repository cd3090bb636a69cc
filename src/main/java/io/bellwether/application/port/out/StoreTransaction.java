package io.bellwether.application.port.out;

/** The stores as seen from inside one transaction of a {@link WorkspaceStore}. */
public interface StoreTransaction {

    DeploymentStore deployments();

    ShadowStore shadows();

    AuditStore audit();

    HookOutcomeStore hookCalls();

    HookSettingsStore hookSettings();

    MetricsBindingStore metricsBindings();

    NotificationStore notifications();
}
