package io.bellwether.store;

import io.bellwether.application.port.out.AuditStore;
import io.bellwether.application.port.out.DeploymentStore;
import io.bellwether.application.port.out.HookOutcomeStore;
import io.bellwether.application.port.out.HookSettingsStore;
import io.bellwether.application.port.out.MetricsBindingStore;
import io.bellwether.application.port.out.NotificationStore;
import io.bellwether.application.port.out.ShadowStore;
import io.bellwether.application.port.out.StoreTransaction;
import java.sql.Connection;

/** The stores bound to one JDBC connection, inside one transaction, with what its writer remembers. */
class JdbcTransaction implements StoreTransaction {
    private final DeploymentStore deployments;
    private final ShadowStore shadows;
    private final AuditStore audit;
    private final HookOutcomeStore hookCalls;
    private final HookSettingsStore hookSettings;
    private final MetricsBindingStore metricsBindings;
    private final NotificationStore notifications;

    JdbcTransaction(Connection connection, WriterMemory memory) {
        this.deployments = new JdbcDeploymentStore(connection, memory);
        this.shadows = new JdbcShadowStore(connection, memory);
        this.audit = new JdbcAuditStore(connection, memory);
        this.hookCalls = new JdbcHookOutcomeStore(connection);
        this.hookSettings = new JdbcHookSettingsStore(connection);
        this.metricsBindings = new JdbcMetricsBindingStore(connection);
        this.notifications = new JdbcNotificationStore(connection);
    }

    @Override
    public DeploymentStore deployments() {
        return deployments;
    }

    @Override
    public ShadowStore shadows() {
        return shadows;
    }

    @Override
    public AuditStore audit() {
        return audit;
    }

    @Override
    public HookOutcomeStore hookCalls() {
        return hookCalls;
    }

    @Override
    public HookSettingsStore hookSettings() {
        return hookSettings;
    }

    @Override
    public MetricsBindingStore metricsBindings() {
        return metricsBindings;
    }

    @Override
    public NotificationStore notifications() {
        return notifications;
    }
}
