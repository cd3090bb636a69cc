package io.bellwether.ui.shell;

import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The selected deployment's header: model:version, strategy, environment, status, who and when, and for a
 * live deployment with a metrics binding the age of its latest sample, marked stale ({@link #STALE}) when
 * older than two check intervals.
 */
public final class DeploymentHeaderViewModel {
    /** The sample age's style class while samples come in. */
    public static final String FRESH = "sample-fresh";
    /** The sample age's style class when the latest sample is older than two check intervals (amber). */
    public static final String STALE = "sample-stale";

    /**
     * The header's lines. {@code badge} is a status wire name or "shadow", empty when nothing is
     * selected; {@code note} is the rollback reason and who triggered it, or why the engine holds the canary
     * (inconclusive, or a pause rule fired), empty otherwise.
     */
    public record Text(String title, String badge, String facts, String times, String note) {
    }

    /** The sample line's text (empty: no line) and its style class, {@link #FRESH} or {@link #STALE}. */
    public record SampleAge(String text, String style) {
        static final SampleAge NONE = new SampleAge("", FRESH);
    }

    private final ZoneId zone;
    private final ObservableObjectValue<DeploymentRow> selected;
    private final ReadOnlyObjectWrapper<Text> text = new ReadOnlyObjectWrapper<>(this, "text");
    private final ReadOnlyObjectWrapper<SampleAge> sampleAge = new ReadOnlyObjectWrapper<>(this, "sampleAge", SampleAge.NONE);
    private Map<String, LiveSample> samples = Map.of();
    private Instant now = Instant.EPOCH;
    private final StringProperty hookWarning = new SimpleStringProperty(this, "hookWarning");

    public DeploymentHeaderViewModel(ObservableObjectValue<DeploymentRow> selected, ZoneId zone) {
        this.zone = zone;
        this.selected = selected;
        selected.addListener((obs, old, row) -> {
            show(row);
            showSample();
        });
        show(selected.get());
    }

    /** The live samples as of {@code at} (the console passes them every second). */
    public void showLiveSamples(Map<String, LiveSample> latest, Instant at) {
        samples = latest == null ? Map.of() : latest;
        now = at;
        showSample();
    }

    private void showSample() {
        DeploymentRow row = selected.get();
        LiveSample sample = row == null || row.isShadow() || !row.deployment().status().isLive() ? null
                : samples.get(row.id());
        sampleAge.set(sample == null ? SampleAge.NONE : new SampleAge(sample.describe(now), sample.stale(now) ? STALE : FRESH));
    }

    private void show(DeploymentRow row) {
        if (row == null) {
            set("No deployment selected", "", "Pick a deployment in the list, or create one.", "", "");
        } else if (row.isShadow()) {
            ShadowDeployment shadow = row.shadow();
            set(shadow.shadowModel() + " shadowing " + shadow.primaryModel(), "shadow",
                    "strategy shadow · " + format(shadow.trafficPercentage()) + "% of production traffic copied · " + shadow.shadowId(),
                    "created " + DisplayFormats.time(shadow.createdAt(), zone), "");
        } else {
            Deployment d = row.deployment();
            set(d.modelRef(), d.status().value(),
                    "strategy " + d.strategy().value() + " · environment " + d.environment() + " · created by "
                            + d.createdBy() + " · " + d.deploymentId(),
                    times(d), d.rollbackReason() != null ? rollbackNote(d) : holdNote(d));
        }
    }

    private String times(Deployment d) {
        List<String> parts = new ArrayList<>();
        parts.add("created " + DisplayFormats.time(d.createdAt(), zone));
        if (d.startedAt() != null) {
            parts.add("started " + DisplayFormats.time(d.startedAt(), zone));
        }
        if (d.completedAt() != null) {
            parts.add("completed " + DisplayFormats.time(d.completedAt(), zone));
        }
        if (d.rolledBackAt() != null) {
            parts.add("rolled back " + DisplayFormats.time(d.rolledBackAt(), zone));
        }
        return String.join(" · ", parts);
    }

    private static String rollbackNote(Deployment d) {
        if (d.rollbackReason() == null) {
            return "";
        }
        String by = d.rollbackTriggeredBy() == null ? "" : " (by " + d.rollbackTriggeredBy() + ")";
        return "Rollback reason: " + d.rollbackReason() + by;
    }

    /** Why an IN_PROGRESS canary is held by the engine: inconclusive (too many UNKNOWN checks) or a pause rule. */
    static String holdNote(Deployment d) {
        Object reason = d.metadata().get("pause_reason");
        if (d.status() != DeploymentStatus.IN_PROGRESS || !Boolean.TRUE.equals(d.metadata().get("paused"))
                || reason == null) {
            return "";
        }
        return (Boolean.TRUE.equals(d.metadata().get("inconclusive")) ? "INCONCLUSIVE, paused: " : "Paused for a human: ")
                + reason + " · resume it on the Canary tab";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private void set(String title, String badge, String facts, String times, String note) {
        text.set(new Text(title, badge, facts, times, note));
    }

    public ReadOnlyObjectProperty<Text> textProperty() {
        return text.getReadOnlyProperty();
    }

    /** "sampled 12 s ago" for a live deployment with a metrics binding; empty otherwise. */
    public ReadOnlyObjectProperty<SampleAge> sampleAgeProperty() {
        return sampleAge.getReadOnlyProperty();
    }

    /** A failed traffic hook call after the rollback, set by the shell; null when there is none. */
    public StringProperty hookWarningProperty() {
        return hookWarning;
    }
}
