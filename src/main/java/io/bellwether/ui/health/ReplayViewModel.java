package io.bellwether.ui.health;

import io.bellwether.application.port.in.Replays;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RuleMode;
import io.bellwether.domain.RuleSet;
import io.bellwether.domain.ReplayResult;
import io.bellwether.domain.ReplayedCheck;
import io.bellwether.domain.ReplayWindow;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.DisplayFormats;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Replay panel of the health history: the shown deployment's rules (error rate threshold in %, latency
 * multiplier, failure and unknown limits, each rule's mode) to edit, {@link #run()} over its recorded checks or a
 * window of them,
 * and the side-by-side result with the replayed rollback and pause moments. Nothing stored changes.
 */
public final class ReplayViewModel {
    private final Replays replays;
    private final TaskExecutor executor;
    private final Map<Field, StringProperty> fields = new EnumMap<>(Field.class);
    private final ObservableList<RuleModeChoice> modes = FXCollections.observableArrayList();
    private final ObservableList<ReplayedCheck> checks = FXCollections.observableArrayList();
    private final ObservableList<ReplayedCheck> checksReadOnly = FXCollections.unmodifiableObservableList(checks);
    private final ReadOnlyObjectWrapper<RuleSet> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ReplayResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Command run;
    private String deploymentId;

    /**
     * The values edited as text: error rate threshold in %, latency multiplier, failure and unknown limits, and the
     * window's ends as the console shows times (blank: open; the end holds its whole minute or second).
     */
    public enum Field { ERROR_RATE_THRESHOLD, MULTIPLIER, FAILURE_LIMIT, UNKNOWN_LIMIT, FROM, TO }

    public ReplayViewModel(Replays replays, TaskExecutor executor) {
        for (Field field : Field.values()) {
            fields.put(field, new SimpleStringProperty(this, field.name(), ""));
        }
        this.replays = replays;
        this.executor = executor;
        this.run = new Command("Run replay", current.isNotNull(), executor, this::run);
    }

    /** Starts from {@code deploymentIdOrNull}'s stored rules; the last result is dropped. */
    public void show(String deploymentIdOrNull) {
        deploymentId = deploymentIdOrNull;
        field(Field.FROM).set("");
        field(Field.TO).set("");
        current.set(null);
        modes.clear();
        clearResult("");
        if (deploymentIdOrNull == null) {
            return;
        }
        executor.run(() -> replays.currentRules(deploymentIdOrNull), rules -> {
            if (Objects.equals(deploymentId, deploymentIdOrNull)) {
                fill(rules);
            }
        }, failure -> problem.set(failure.getMessage()));
    }

    public Command runCommand() {
        return run;
    }

    private void fill(RuleSet rules) {
        field(Field.ERROR_RATE_THRESHOLD).set(DisplayFormats.decimal(rules.config().errorRateThreshold() * 100, 2));
        field(Field.MULTIPLIER).set(DisplayFormats.decimal(rules.config().latencyThresholdMultiplier(), 2));
        field(Field.FAILURE_LIMIT).set(Integer.toString(rules.settings().failureLimit()));
        field(Field.UNKNOWN_LIMIT).set(Integer.toString(rules.settings().unknownLimit()));
        modes.setAll(rules.rules().stream().map(rule -> new RuleModeChoice(rule, rules.settings().mode(rule))).toList());
        current.set(rules);
    }

    /** The text of one edited value, filled from the deployment's settings. */
    public StringProperty field(Field field) {
        return fields.get(field);
    }

    private void run(TaskExecutor worker) {
        String id = deploymentId;
        RuleSet rules;
        ReplayWindow window;
        try {
            rules = edited();
            window = new ReplayWindow(DisplayFormats.typedTimeOrNull("from", field(Field.FROM).get()),
                    DisplayFormats.typedEndOrNull("to", field(Field.TO).get()));
        } catch (InvalidInputException e) {
            clearResult(e.getMessage());
            return;
        }
        worker.run(() -> replays.replay(id, rules, window), replayed -> {
            if (Objects.equals(deploymentId, id)) {
                checks.setAll(replayed.checks());
                result.set(replayed);
                summary.set(replayed.summary(DisplayFormats::time));
                problem.set("");
            }
        }, failure -> clearResult(failure.getMessage()));
    }

    /** One entry per rule (the guide's four, then the custom rules), with the mode to replay it in. */
    public ObservableList<RuleModeChoice> modes() {
        return modes;
    }

    /** The rule set the fields say, over the stored one (custom rules kept); bad values are refused naming the field. */
    RuleSet edited() {
        RuleSet was = current.get();
        RollbackConfig config = was.config();
        Map<String, RuleMode> chosen = new TreeMap<>();
        modes.forEach(choice -> chosen.put(choice.rule(), choice.modeProperty().get()));
        chosen.values().removeIf(mode -> mode == RuleMode.ROLLBACK);
        ProgressionSettings settings = was.settings();
        return new RuleSet(new RollbackConfig(config.enabled(),
                number("error_rate_threshold (%)", field(Field.ERROR_RATE_THRESHOLD).get()) / 100,
                number("latency_threshold_multiplier", field(Field.MULTIPLIER).get()), config.minRequestsBeforeCheck(),
                config.checkIntervalSeconds(), config.customRules()),
                new ProgressionSettings(settings.automatic(), settings.healthyChecks(),
                        whole(ProgressionSettings.FAILURE_LIMIT, field(Field.FAILURE_LIMIT).get()),
                        whole(ProgressionSettings.UNKNOWN_LIMIT, field(Field.UNKNOWN_LIMIT).get()), chosen));
    }

    public ObservableList<ReplayedCheck> checks() {
        return checksReadOnly;
    }

    private static double number(String field, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "\"" + text + "\"", "must be a number");
        }
    }

    /** The last replay (null before Run, after a failure or another deployment): its rollback and pause moments. */
    public ReadOnlyObjectProperty<ReplayResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "\"" + text + "\"", "must be a whole number");
        }
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void clearResult(String message) {
        checks.clear();
        result.set(null);
        summary.set("");
        problem.set(message == null ? "" : message);
    }

    /** Why nothing was replayed: a refused value naming its field, or the deployment has no checks. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
