package io.bellwether.ui.settings;

import io.bellwether.ui.common.StatusLine;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsBindings;
import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.MetricsWatcher.TriedQuery;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected deployment's metrics binding in Settings, as shown everywhere (credentials as their
 * {@code ${env:NAME}} references), and its <b>Test query</b>: every template run once against the
 * deployment's Prometheus now, on the worker, each metric's value or error listed; nothing is recorded.
 */
public final class MetricsBindingViewModel {
    private final MetricsBindings bindings;
    private final MetricsWatcher watcher;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String deploymentId;
    private final ReadOnlyStringWrapper binding = new ReadOnlyStringWrapper(this, "binding", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper bound = new ReadOnlyStringWrapper(this, "bound");
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private final Command testQuery;

    /** @param deploymentIdOrNull the selected deployment (null or a shadow deployment: nothing to show) */
    public MetricsBindingViewModel(MetricsBindings bindings, MetricsWatcher watcher, TaskExecutor executor,
                                   Clock clock, String deploymentIdOrNull) {
        this.bindings = bindings;
        this.watcher = watcher;
        this.executor = executor;
        this.clock = clock;
        this.deploymentId = deploymentIdOrNull;
        testQuery = new Command("Test query", Bindings.createBooleanBinding(() -> bound.get() != null, bound),
                executor, this::test);
    }

    /** Reads the binding on the worker. */
    public void load() {
        if (deploymentId == null) {
            binding.set("Select a deployment to see where its live metrics come from.");
            return;
        }
        executor.run(() -> bindings.find(deploymentId), this::show, failure -> message.set(StatusLine.oneLine(failure)));
    }

    private void show(Optional<MetricsBinding> found) {
        if (found.isEmpty()) {
            binding.set(deploymentId + " has no metrics binding (bellwether metrics bind " + deploymentId
                    + " --url URL --preset histogram).");
            return;
        }
        MetricsBinding b = found.get();
        List<String> lines = new ArrayList<>();
        lines.add("Prometheus " + b.baseUrl() + " · credentials " + b.credentials().shown() + " · window "
                + b.window() + " · timeout " + b.timeout().toMillis() + " ms");
        lines.add(b.hasLiveBaseline() ? "Live baseline: version " + b.baselineVersion() : "Baseline: stored");
        b.templates().forEach((metric, template) -> lines.add(metric + " = " + template));
        binding.set(String.join("\n", lines));
        bound.set(b.deploymentId());
    }

    private void test(TaskExecutor worker) {
        results.clear();
        message.set("Querying…");
        worker.run(() -> watcher.tryQueries(deploymentId, clock.instant()), tried -> {
            tried.forEach(query -> results.add(line(query)));
            long failed = tried.stream().filter(query -> !query.succeeded()).count();
            message.set(failed == 0 ? "Every query gave a value." : failed + " of " + tried.size()
                    + " queries gave no usable value.");
        }, failure -> message.set(StatusLine.oneLine(failure)));
    }

    static String line(TriedQuery query) {
        return query.metric() + ": " + (query.succeeded() ? String.valueOf(query.value()) : "ERROR " + query.error());
    }

    /** The binding as text (credentials masked), or why there is none. */
    public ReadOnlyStringProperty bindingProperty() {
        return binding.getReadOnlyProperty();
    }

    /** After a test: how many queries failed; or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One line a metric of the last test: "latency_p95: 0.0421" or "error_rate: ERROR …". */
    public ObservableList<String> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    /** Executable once a binding is shown, while no test is running. */
    public Command testQueryCommand() {
        return testQuery;
    }
}
