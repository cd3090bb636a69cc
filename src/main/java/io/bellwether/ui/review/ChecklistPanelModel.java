package io.bellwether.ui.review;

import io.bellwether.application.port.in.PreDeploymentChecklist;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Loader;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Review tab's pre-deployment checklist of the version under review: one line per item, met
 * ("✔") or not ("✘"), never hidden, with its evidence (its time in the console's one format) and a
 * link to where the evidence is; the headline counts the unmet ones.
 */
public final class ChecklistPanelModel {
    /**
     * One item (its wire name): "✔ title", its evidence, and the link's caption ("" when there is nothing
     * to open) and place.
     */
    public record Line(String item, String title, String evidence, String linkCaption, PreDeploymentCheck.Link link) {
        public String text() {
            return title + " \u2014 " + evidence;
        }
    }

    private final PreDeploymentChecklist checklist;
    private final Loader loader;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");

    public ChecklistPanelModel(PreDeploymentChecklist checklist, TaskExecutor executor) {
        this.checklist = checklist;
        this.loader = new Loader(executor);
    }

    public void load(String name, String version, String environment) {
        loader.load(() -> checklist.answer(name, version, environment), answers -> {
            lines.setAll(answers.checks().stream().map(ChecklistPanelModel::line).toList());
            headline.set(answers.allMet() ? "Pre-deployment checklist: every item met"
                    : "Pre-deployment checklist: " + answers.unmet().size() + " of " + answers.checks().size()
                    + " items not met (" + environment + ")");
        }, failure -> {
            lines.clear();
            headline.set("Pre-deployment checklist: " + failure.getMessage());
        });
    }

    static Line line(PreDeploymentCheck check) {
        return new Line(check.item().value(), (check.met() ? "\u2714 " : "\u2718 ") + check.item().title(),
                check.evidence(DisplayFormats::time), caption(check.link()), check.link());
    }

    /** What the link button says: where it goes. */
    static String caption(PreDeploymentCheck.Link link) {
        return switch (link.place()) {
            case NONE -> "";
            case SHADOW -> "Open shadow";
            case AUDIT_EVENT -> "Audit event";
            case REGISTRY -> "Offline metrics";
            case HOOK_SETTINGS -> "Traffic controller";
            case METRICS_BINDING -> "Metrics binding";
        };
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
