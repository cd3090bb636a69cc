package io.bellwether.ui;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.ui.audit.AuditExport;
import io.bellwether.ui.audit.AuditTrailView;
import io.bellwether.ui.audit.AuditTrailViewModel;
import io.bellwether.ui.audit.FileAuditExport;
import io.bellwether.ui.canary.CanaryScheduleView;
import io.bellwether.ui.canary.CanaryScheduleViewModel;
import io.bellwether.ui.common.Screen;
import io.bellwether.ui.health.HealthHistoryView;
import io.bellwether.ui.health.HealthHistoryViewModel;
import io.bellwether.ui.health.ReplayViewModel;
import io.bellwether.ui.review.ReviewView;
import io.bellwether.ui.review.ReviewViewModel;
import io.bellwether.ui.shadow.ShadowComparisonView;
import io.bellwether.ui.shadow.ShadowComparisonViewModel;
import io.bellwether.ui.timeline.TimelineView;
import io.bellwether.ui.timeline.TimelineViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Builds each console tab from its view model and view; the console and the drill window use these. */
public final class Screens {
    private Screens() {
    }

    public static Screen<TimelineViewModel> timeline(Workspace workspace, TaskExecutor executor, Clock clock) {
        TimelineViewModel model = new TimelineViewModel(workspace.queries(), workspace.audit(), executor, clock);
        Screen<TimelineViewModel> screen = new Screen<>("Timeline", model, new TimelineView(model),
                model.highlightedLaneProperty()::set, model::load);
        model.load();
        return screen;
    }

    public static Screen<CanaryScheduleViewModel> canary(Workspace workspace, TaskExecutor executor, Clock clock) {
        CanaryScheduleViewModel model = new CanaryScheduleViewModel(workspace, workspace.audit(), executor, clock);
        return new Screen<>("Canary stages", model, new CanaryScheduleView(model), model::show, model::load)
                .withStoredChanges(model::setOnStoredChange);
    }

    public static Screen<ShadowComparisonViewModel> shadow(Workspace workspace, TaskExecutor executor) {
        ShadowComparisonViewModel model = new ShadowComparisonViewModel(workspace, executor);
        return new Screen<>("Shadow comparison", model, new ShadowComparisonView(model), model::show, model::refresh)
                .withReveal(link -> link.place() == PreDeploymentCheck.Place.SHADOW);
    }

    /** The stored health checks only (a drill's simulated workspace). */
    public static Screen<HealthHistoryViewModel> health(Workspace workspace, TaskExecutor executor) {
        return health(new HealthHistoryViewModel(workspace.queries(), workspace.audit(), executor),
                new ReplayViewModel(workspace.replays(), executor));
    }

    /** A bound deployment's series drawn from its Prometheus up to {@code clock}'s now. */
    public static Screen<HealthHistoryViewModel> health(Workspace workspace, TaskExecutor executor, Clock clock) {
        return health(new HealthHistoryViewModel(workspace.queries(), workspace.audit(), workspace.metricsBindings(),
                workspace.metricsHistory(), executor, clock), new ReplayViewModel(workspace.replays(), executor));
    }

    private static Screen<HealthHistoryViewModel> health(HealthHistoryViewModel model, ReplayViewModel replay) {
        return new Screen<>("Health history", model, new HealthHistoryView(model, replay), id -> {
            model.show(id);
            replay.show(id);
        }, model::load);
    }

    public static Screen<AuditTrailViewModel> audit(Workspace workspace, TaskExecutor executor) {
        return audit(workspace, executor, new FileAuditExport());
    }

    public static Screen<AuditTrailViewModel> audit(Workspace workspace, TaskExecutor executor, AuditExport exportOrNull) {
        AuditTrailViewModel model = new AuditTrailViewModel(workspace.audit(), executor, exportOrNull, ZoneId.systemDefault());
        Screen<AuditTrailViewModel> screen = new Screen<>("Audit trail", model, new AuditTrailView(model),
                model::showResource, model::load).withReveal(model::showEvidence);
        model.load();
        return screen;
    }

    /** @param operator who approves, rejects and creates the canary (the console's operator name) */
    public static Screen<ReviewViewModel> review(Workspace workspace, TaskExecutor executor, Supplier<String> operator) {
        ReviewViewModel model = new ReviewViewModel(workspace.registry(), workspace, workspace.audit(), executor, operator);
        Screen<ReviewViewModel> screen = new Screen<>("Review", model, new ReviewView(model), model::show, model::refresh)
                .withStoredChanges(model::setOnStoredChange).withNavigator(model::setNavigator);
        model.refresh();
        return screen;
    }
}
