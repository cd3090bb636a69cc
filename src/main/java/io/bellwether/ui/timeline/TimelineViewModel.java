package io.bellwether.ui.timeline;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthMarks;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.PyFormat;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.DetailLines;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Derived;
import io.bellwether.ui.common.Loader;
import io.bellwether.ui.common.StatusLine;
import io.bellwether.ui.timeline.TimelineEvent.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deployment timeline: a swimlane per deployment and shadow deployment, oldest first, with
 * its lifecycle events from the audit trail (created, started, stage changes, rollback, completion,
 * failure, cancellation, comparison batches) and its health checks coloured by status, on one
 * time axis over the chosen window. Selecting an event shows its details.
 */
public final class TimelineViewModel {
    /** The time the axis spans; both ends null when there is nothing to show. */
    public record Axis(Instant start, Instant end) {
        static final Axis NONE = new Axis(null, null);
    }

    /** How much history the axis shows, ending now. */
    public enum Window {
        ALL("All history", null), DAYS_30("30 days", Duration.ofDays(30)), DAYS_7("7 days", Duration.ofDays(7)),
        HOURS_48("48 hours", Duration.ofHours(48));

        private final String label;
        private final Duration span;

        Window(String label, Duration span) {
            this.label = label;
            this.span = span;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<EventType> DRAWN_TYPES = List.of(EventType.DEPLOYMENT_CREATED,
            EventType.SHADOW_DEPLOYMENT_CREATED, EventType.DEPLOYMENT_STARTED, EventType.CANARY_STAGE_CHANGED,
            EventType.MODEL_ROLLED_BACK, EventType.MODEL_DEPLOYED, EventType.DEPLOYMENT_COMPLETED,
            EventType.DEPLOYMENT_FAILED, EventType.DEPLOYMENT_CANCELLED, EventType.SHADOW_COMPARISONS_RECORDED,
            EventType.TRAFFIC_HOOK_CALLED, EventType.TRAFFIC_HOOK_FAILED);
    private static final Duration MIN_SPAN = Duration.ofMinutes(10);
    /** The narrowest view zooming reaches. */
    private static final Duration MIN_VIEW = Duration.ofMinutes(2);

    /**
     * The most health checks a lane draws, and how many of the newest it looks at: a longer history shows
     * the changes of status among its newest {@value #HEALTH_SCANNED} checks, the newest of them, and the
     * timeline says so ({@link #thinnedNoteProperty()}).
     */
    static final int HEALTH_MARKS = 1_000;
    static final int HEALTH_SCANNED = 100_000;

    private final DeploymentQueries deployments;
    private final AuditTrail audit;
    private final Loader loader;
    private final Clock clock;
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    // One read-only view: listeners on a throw-away wrapper would vanish with it.
    private final ObservableList<TimelineLane> readOnlyLanes = FXCollections.unmodifiableObservableList(lanes);
    private final ReadOnlyObjectWrapper<Axis> axis = new ReadOnlyObjectWrapper<>(this, "axis", Axis.NONE);
    private final ReadOnlyObjectWrapper<Axis> view = new ReadOnlyObjectWrapper<>(this, "view", Axis.NONE);
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>(this, "window", Window.ALL);
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final StringBinding selectedDetails = Derived.text(selectedEvent, TimelineViewModel::details);
    private final StringProperty highlightedLane = new SimpleStringProperty(this, "highlightedLane");
    private final StatusLine status = new StatusLine();
    private final ReadOnlyStringWrapper thinnedNote = new ReadOnlyStringWrapper(this, "thinnedNote", "");
    private List<TimelineLane> loaded = List.of();

    private record Fetched(List<TimelineLane> lanes, String thinnedNote) {
    }

    public TimelineViewModel(DeploymentQueries deployments, AuditTrail audit, TaskExecutor executor, Clock clock) {
        this.deployments = deployments;
        this.audit = audit;
        this.loader = new Loader(executor);
        status.busyWhile(loader.busyProperty());
        this.clock = clock;
        window.addListener((obs, old, now) -> applyWindow());
        highlightedLane.addListener((obs, old, now) -> {
            TimelineEvent selected = selectedEvent.get();
            if (selected != null && !selected.laneId().equals(now)) {
                selectedEvent.set(null);
            }
        });
    }

    private static String details(TimelineEvent event) {
        return event == null ? "Click an event to see its details." : event.title() + "\n" + String.join("\n", event.details());
    }

    public void load() {
        loader.load(this::fetch, fetched -> {
            status.say("");
            loaded = fetched.lanes();
            thinnedNote.set(fetched.thinnedNote());
            applyWindow();
        }, failure -> {
            status.say("Could not load the timeline: " + failure.getMessage());
        });
    }

    private void applyWindow() {
        Instant now = clock.instant();
        Instant from = window.get().span == null ? null : now.minus(window.get().span);
        List<TimelineLane> shown = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (TimelineLane lane : loaded) {
            List<TimelineEvent> events = lane.events().stream()
                    .filter(e -> from == null || !e.time().isBefore(from)).toList();
            if (events.isEmpty()) {
                continue;
            }
            shown.add(new TimelineLane(lane.id(), lane.label(), lane.sublabel(), events));
            Instant laneFirst = events.get(0).time();
            Instant laneLast = events.get(events.size() - 1).time();
            first = first == null || laneFirst.isBefore(first) ? laneFirst : first;
            last = last == null || laneLast.isAfter(last) ? laneLast : last;
        }
        if (first != null) {
            // A short history is centred on at least ten minutes of axis rather than pressed to one side.
            Duration span = Duration.between(first, last);
            Duration pad = span.compareTo(MIN_SPAN) < 0 ? MIN_SPAN.minus(span).dividedBy(2) : span.dividedBy(40);
            if (from != null) {
                first = from;
                last = now.isAfter(last) ? now : last;
                pad = Duration.between(first, last).dividedBy(40);
            } else {
                first = first.minus(pad);
            }
            last = last.plus(pad);
        }
        axis.set(new Axis(first, last));
        view.set(axis.get());
        lanes.setAll(shown);
        TimelineEvent selected = selectedEvent.get();
        if (selected != null && shown.stream().noneMatch(lane -> lane.events().contains(selected))) {
            selectedEvent.set(null);
        }
    }

    private Fetched fetch() {
        ZoneId zone = clock.getZone();
        Map<String, List<TimelineEvent>> byResource = new HashMap<>();
        // One query per drawn type: the trail also holds an evaluation event per check, which the timeline skips.
        for (EventType type : DRAWN_TYPES) {
            for (AuditEvent event : audit.query(new AuditQuery(type, null, null, null, null, null))) {
                Kind kind = kindOf(event);
                if (kind != null && event.resourceId() != null) {
                    byResource.computeIfAbsent(event.resourceId(), id -> new ArrayList<>()).add(fromAudit(event, kind, zone));
                }
            }
        }
        List<TimelineLane> result = new ArrayList<>();
        List<ThinnedLane> thinned = new ArrayList<>();
        List<Deployment> all = deployments.listDeployments(null, null);
        for (Deployment d : all) {
            List<TimelineEvent> events = byResource.getOrDefault(d.deploymentId(), new ArrayList<>());
            HealthMarks marks = deployments.healthMarks(d.deploymentId(), HEALTH_MARKS, HEALTH_SCANNED);
            for (HealthCheck check : marks.marks()) {
                events.add(fromHealthCheck(d.deploymentId(), check, zone));
            }
            if (marks.scanned() > HEALTH_MARKS) {
                long checks = marks.scanFull(HEALTH_SCANNED) ? deployments.healthCheckCount(d.deploymentId())
                        : marks.scanned();
                thinned.add(new ThinnedLane(d.modelRef(), checks, marks.scanned()));
            }
            result.add(lane(d.deploymentId(), d.modelRef(), d.strategy().value() + " · " + d.environment()
                    + " · " + d.status().value(), events));
        }
        for (ShadowDeployment s : deployments.listShadowDeployments()) {
            result.add(lane(s.shadowId(), s.shadowModel(), "shadow of " + s.primaryModel(),
                    byResource.getOrDefault(s.shadowId(), new ArrayList<>())));
        }
        result.sort(Comparator.comparing(lane -> lane.events().isEmpty() ? Instant.MAX : lane.events().get(0).time()));
        return new Fetched(result, ThinnedLane.note(thinned));
    }

    private static TimelineLane lane(String id, String label, String sublabel, List<TimelineEvent> events) {
        events.sort(Comparator.comparing(TimelineEvent::time));
        return new TimelineLane(id, label, sublabel, events);
    }

    /** The timeline kind of an audit event, or null for events the timeline does not draw. */
    static Kind kindOf(AuditEvent event) {
        return switch (event.type()) {
            case DEPLOYMENT_CREATED, SHADOW_DEPLOYMENT_CREATED -> Kind.CREATED;
            case DEPLOYMENT_STARTED -> Kind.STARTED;
            case CANARY_STAGE_CHANGED -> Kind.STAGE_CHANGED;
            case MODEL_ROLLED_BACK -> Kind.ROLLED_BACK;
            case MODEL_DEPLOYED, DEPLOYMENT_COMPLETED -> Kind.COMPLETED;
            case DEPLOYMENT_FAILED -> Kind.FAILED;
            case DEPLOYMENT_CANCELLED -> Kind.CANCELLED;
            case SHADOW_COMPARISONS_RECORDED -> Kind.COMPARISONS;
            case TRAFFIC_HOOK_CALLED -> Kind.HOOK_CALLED;
            case TRAFFIC_HOOK_FAILED -> Kind.HOOK_FAILED;
            default -> null;
        };
    }

    private static TimelineEvent fromAudit(AuditEvent event, Kind kind, ZoneId zone) {
        List<String> details = new ArrayList<>();
        details.add("time: " + DisplayFormats.time(event.timestamp(), zone));
        details.add("event: " + event.type().name().toLowerCase(Locale.ROOT) + " (" + event.action() + ")");
        details.add("severity: " + event.severity().name());
        details.add("user: " + event.user());
        details.addAll(DetailLines.of(event.details(), TimelineViewModel::describe));
        details.add("audit event #" + event.sequence());
        return new TimelineEvent(event.resourceId(), event.timestamp(), kind, title(kind, event), details);
    }

    /** A rule result stored with an evaluation, in one line; anything else as it is. */
    static String describe(Object item) {
        if (item instanceof Map<?, ?> rule && rule.containsKey("rule")) {
            String name = String.valueOf(rule.get("rule"));
            String verdict = Boolean.TRUE.equals(rule.get("triggered")) ? "TRIGGERED " : "passed ";
            String line = verdict + name + ": measured " + DetailLines.value("measured", rule.get("measured"), name)
                    + ", threshold " + DetailLines.value("threshold", rule.get("threshold"), name);
            return line + ", baseline " + DetailLines.value("baseline", rule.get("baseline"), name);
        }
        return String.valueOf(item);
    }

    private static TimelineEvent fromHealthCheck(String deploymentId, HealthCheck check, ZoneId zone) {
        Kind kind = switch (check.status()) {
            case HEALTHY -> Kind.HEALTH_HEALTHY;
            case DEGRADED -> Kind.HEALTH_DEGRADED;
            case UNHEALTHY -> Kind.HEALTH_UNHEALTHY;
            case UNKNOWN -> Kind.HEALTH_UNKNOWN;
        };
        PerformanceMetrics m = check.metrics();
        List<String> details = List.of(
                "time: " + DisplayFormats.time(check.timestamp(), zone),
                "status: " + check.status().value(),
                "message: " + check.message(),
                "latency p50 / p95 / p99: " + DisplayFormats.millis(m.latencyP50()) + " / "
                        + DisplayFormats.millis(m.latencyP95()) + " / " + DisplayFormats.millis(m.latencyP99()),
                "error rate: " + PyFormat.percent(m.errorRate(), 2),
                String.format(Locale.ROOT, "requests per second: %.1f", m.requestsPerSecond()));
        return new TimelineEvent(deploymentId, check.timestamp(), kind, "Health check: " + check.status().value(), details);
    }

    /** A title that says what kind of stage change or rollback it was. */
    private static String title(Kind kind, AuditEvent event) {
        Optional<Integer> stage = event.stageNumber();
        Object traffic = event.details().get("traffic");
        return switch (kind) {
            case STAGE_CHANGED -> switch (String.valueOf(event.action())) {
                case "pause" -> "Canary paused";
                case "resume" -> "Canary resumed";
                default -> stage.isPresent() && traffic instanceof Number t
                        ? "Canary stage " + stage.get() + " at " + PyFormat.percent(t.doubleValue(), 0) + " traffic"
                        : title(kind);
            };
            case ROLLED_BACK -> "automated".equals(event.user()) ? "Rolled back automatically"
                    : event.severity() == io.bellwether.domain.EventSeverity.CRITICAL ? "Emergency rollback" : "Rolled back";
            default -> title(kind);
        };
    }

    static String title(Kind kind) {
        return switch (kind) {
            case CREATED -> "Created";
            case STARTED -> "Started";
            case STAGE_CHANGED -> "Canary stage changed";
            case ROLLED_BACK -> "Rolled back";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
            case COMPARISONS -> "Shadow comparisons recorded";
            case HOOK_CALLED -> "Traffic hook called";
            case HOOK_FAILED -> "Traffic hook FAILED";
            case HEALTH_HEALTHY, HEALTH_DEGRADED, HEALTH_UNHEALTHY, HEALTH_UNKNOWN -> "Health check";
        };
    }

    public ObservableList<TimelineLane> lanes() {
        return readOnlyLanes;
    }

    /** Which lanes draw only part of a long health history, and what part; empty when none does. */
    public ReadOnlyStringProperty thinnedNoteProperty() {
        return thinnedNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Axis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    /** The part of the axis drawn: all of it until zoomed or panned. */
    public ReadOnlyObjectProperty<Axis> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** Shows {@code factor} times the current span (below 1 zooms in), keeping the time at {@code anchor} (0–1 across) in place. */
    public void zoom(double factor, double anchor) {
        Axis shown = view.get();
        if (shown.start() == null) {
            return;
        }
        long span = Duration.between(shown.start(), shown.end()).toMillis();
        long full = Duration.between(axis.get().start(), axis.get().end()).toMillis();
        long zoomed = Math.max(MIN_VIEW.toMillis(), Math.min(full, Math.round(span * factor)));
        Instant pivot = shown.start().plusMillis(Math.round(span * anchor));
        showFrom(pivot.minusMillis(Math.round(zoomed * anchor)), zoomed);
    }

    /** Moves the view by {@code fraction} of its span (positive: later), within the axis. */
    public void pan(double fraction) {
        Axis shown = view.get();
        if (shown.start() == null) {
            return;
        }
        long span = Duration.between(shown.start(), shown.end()).toMillis();
        showFrom(shown.start().plusMillis(Math.round(span * fraction)), span);
    }

    /** Back to the whole axis. */
    public void fit() {
        view.set(axis.get());
    }

    private void showFrom(Instant start, long spanMillis) {
        Axis full = axis.get();
        Instant latestStart = full.end().minusMillis(spanMillis);
        Instant from = start.isBefore(full.start()) ? full.start() : start.isAfter(latestStart) ? latestStart : start;
        view.set(new Axis(from, from.plusMillis(spanMillis)));
    }

    public ObjectProperty<Window> windowProperty() {
        return window;
    }

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    /** The selected event's title and details, or how to select one. */
    public StringBinding selectedDetailsProperty() {
        return selectedDetails;
    }

    /** The lane of the deployment selected in the shell; null for none. */
    public StringProperty highlightedLaneProperty() {
        return highlightedLane;
    }

    /** Why the timeline could not load (empty when it did), and whether it is loading. */
    public StatusLine status() {
        return status;
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
