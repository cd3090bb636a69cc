package io.bellwether.ui.audit;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import java.time.ZoneId;
import javafx.scene.Node;

/** The audit trail tab: filterable events, chain verification, export. */
public final class AuditTrailScreen implements ConsoleScreen {
    private final AuditTrailViewModel model;
    private final AuditTrailView view;

    public AuditTrailScreen(DeploymentQueries deployments, AuditTrail audit, TaskExecutor executor) {
        this(audit, executor, new FileAuditExport());
    }

    public AuditTrailScreen(AuditTrail audit, TaskExecutor executor, AuditExport exportOrNull) {
        this.model = new AuditTrailViewModel(audit, executor, exportOrNull, ZoneId.systemDefault());
        this.view = new AuditTrailView(model);
        model.load();
    }

    public AuditTrailViewModel viewModel() {
        return model;
    }

    @Override
    public String title() {
        return "Audit trail";
    }

    @Override
    public Node root() {
        return view;
    }

    @Override
    public void showDeployment(String deploymentIdOrNull) {
        model.showResource(deploymentIdOrNull);
    }

    @Override
    public void refresh() {
        model.load();
    }
}
