package io.bellwether.ui.audit;

import io.bellwether.application.port.in.AuditAnchor;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.ChainVerification;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.Loader;
import io.bellwether.ui.common.StatusLine;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the audit screen: the filters, the events they select, the chain verification and the
 * export. Dates are whole days in {@code zone}, the "to" day inclusive.
 */
public final class AuditTrailViewModel {
    /**
     * The last chain verification: its text, whether the chain is intact (null before the first),
     * the first broken event's sequence (null unless broken), the chain's head it verified, and
     * whether events arrived after it (stale: it says nothing about them).
     */
    public record Verification(String text, Boolean chainIntact, Long firstBrokenSequence, long verifiedHead,
                               boolean stale) {
        static final Verification NONE = new Verification("Chain not verified yet", null, null, 0, false);

        /** This verification, marked stale when the chain's head has moved past what it verified. */
        Verification at(long head) {
            if (chainIntact == null || stale || head <= verifiedHead) {
                return this;
            }
            return new Verification(text + " (stale: " + (head - verifiedHead) + " newer events not verified; verify again)",
                    chainIntact, firstBrokenSequence, verifiedHead, true);
        }
    }

    private record Verified(ChainVerification result, long head) {
    }

    private record Loaded(List<AuditEvent> events, long head) {
    }

    private final AuditTrail audit;
    private final AuditExport export;
    private final ZoneId zone;

    private final AuditFilters filters = AuditFilters.none();

    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> eventsReadOnly = FXCollections.unmodifiableObservableList(events);
    private final StatusLine status = new StatusLine();
    private final ReadOnlyObjectWrapper<Verification> verification = new ReadOnlyObjectWrapper<>(Verification.NONE);
    private final ReadOnlyBooleanWrapper exportAvailable;
    private final Loader eventsLoader;
    private final Loader verifyLoader;
    private final Command exportCommand;
    private AuditExport.Format exportFormat;
    private Path exportTarget;

    public AuditTrailViewModel(AuditTrail audit, TaskExecutor executor, AuditExport exportOrNull, ZoneId zone) {
        this.audit = audit;
        this.export = exportOrNull;
        this.zone = zone;
        this.exportAvailable = new ReadOnlyBooleanWrapper(exportOrNull != null);
        this.eventsLoader = new Loader(executor);
        this.verifyLoader = new Loader(executor);
        this.exportCommand = new Command("Export", exportAvailable.and(status.busyProperty().not()), executor, this::export);
        status.busyWhile(eventsLoader.busyProperty().or(verifyLoader.busyProperty()).or(exportCommand.runningProperty()));
    }

    /** Loads the events the filters select; a bad date range is reported, not queried. */
    public void load() {
        AuditQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            status.say(e.getMessage());
            return;
        }
        String needle = filters.needle();
        eventsLoader.load(() -> new Loaded(audit.query(query).stream().filter(event -> matches(event, needle)).toList(),
                        head()),
                loaded -> {
                    events.setAll(loaded.events());
                    verification.set(verification.get().at(loaded.head()));
                    status.say(loaded.events().size() + (loaded.events().size() == 1 ? " event" : " events"));
                },
                this::failed);
    }

    /** Re-hashes the whole chain; shows intact or the first broken event. */
    public void verify() {
        verifyLoader.load(() -> {
            long head = head();
            return new Verified(audit.verify(), head);
        }, this::showVerification, this::failed);
    }

    /** Writes the events on screen (the current filter) to {@code target}. */
    public void export(AuditExport.Format format, Path target) {
        if (export == null) {
            status.say("Export is not available in this workspace");
            return;
        }
        if (exportCommand.isExecutable()) {
            exportFormat = format;
            exportTarget = target;
            exportCommand.execute();
        }
    }

    private void export(TaskExecutor worker) {
        AuditExport.Format format = exportFormat;
        Path target = exportTarget;
        List<AuditEvent> snapshot = List.copyOf(events);
        worker.run(() -> {
            export.write(snapshot, format, target);
            return snapshot.size();
        }, count -> {
            status.say("Exported " + count + " events as " + format + " to " + target);
        }, this::failed);
    }

    /** The shell selected a deployment: show its events (all events when null). */
    public void showResource(String resourceIdOrNull) {
        filters.resource().set(resourceIdOrNull == null ? "" : resourceIdOrNull);
        load();
    }

    /**
     * A checklist's evidence: the audit events of its type about its resource (an approval, a
     * confirmation), or the traffic-controller settings set for an environment; false for other links.
     */
    public boolean showEvidence(PreDeploymentCheck.Link link) {
        EventType shown = switch (link.place()) {
            case AUDIT_EVENT -> link.eventTypeOrNull();
            case HOOK_SETTINGS -> EventType.CONFIGURATION_CHANGED;
            default -> null;
        };
        if (shown == null) {
            return false;
        }
        filters.clear();
        filters.type().set(shown);
        showResource(link.target());
        return true;
    }

    public void clearFilters() {
        filters.clear();
        load();
    }

    AuditQuery query() {
        return filters.query(zone);
    }

    private static boolean matches(AuditEvent event, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        String haystack = String.join(" ", event.type().name(), event.severity().name(), nullToEmpty(event.user()),
                nullToEmpty(event.resourceType()), nullToEmpty(event.resourceId()), nullToEmpty(event.action()),
                event.details().toString());
        return haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private long head() {
        return audit.anchor().map(AuditAnchor::sequence).orElse(0L);
    }

    private void showVerification(Verified verified) {
        ChainVerification result = verified.result();
        verification.set(result.intact()
                ? new Verification("Chain intact: " + result.eventsChecked() + " events verified", true, null,
                        verified.head(), false)
                : new Verification("Chain BROKEN at event #" + result.firstBrokenSequence() + ": " + result.problem(),
                        false, result.firstBrokenSequence(), verified.head(), false));
    }

    private void failed(Throwable error) {
        status.say("Failed: " + error.getMessage());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The filter fields the view binds to; {@link #load()} applies them. */
    public AuditFilters filters() {
        return filters;
    }

    public ObservableList<AuditEvent> events() {
        return eventsReadOnly;
    }

    public ReadOnlyObjectProperty<Verification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** Executable when an export is available and nothing runs; the view asks for the file and calls export. */
    public Command exportCommand() {
        return exportCommand;
    }

    /** The outcome of the last action, and whether work is in flight. */
    public StatusLine status() {
        return status;
    }
}
