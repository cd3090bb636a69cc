package io.bellwether.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.domain.CustomMetricRule;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.RollbackCase;
import io.bellwether.io.RollbackCaseJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rollback evaluations per second over a mix of cases: the 600 conformance cases (skipped,
 * healthy and rolled-back, with the reason texts formatted) plus the same cases with two custom
 * metric rules. One evaluation per operation, cycling through the mix.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class RollbackPolicyBench {
    RollbackCase[] cases;
    int next;

    @Setup
    public void load() throws IOException {
        JsonNode all;
        try (InputStream in = RollbackPolicyBench.class.getResourceAsStream("/conformance/rollback_cases.json")) {
            if (in == null) {
                throw new IOException("conformance/rollback_cases.json is not on the benchmark classpath");
            }
            all = JsonFiles.read(in);
        }
        List<CustomMetricRule> custom = List.of(
                new CustomMetricRule("conversion_rate", CustomMetricRule.Direction.BELOW, 0.04),
                new CustomMetricRule("cost_per_request", CustomMetricRule.Direction.ABOVE, 0.003));
        List<RollbackCase> mix = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RollbackCase c = RollbackCaseJson.read(all.get(i));
            mix.add(c);
            PerformanceMetrics current = new PerformanceMetrics(c.current().latencyP50(), c.current().latencyP95(),
                    c.current().latencyP99(), c.current().errorRate(), c.current().requestsPerSecond(),
                    Map.of("conversion_rate", 0.03 + (i % 3) * 0.01, "cost_per_request", 0.002 + (i % 2) * 0.002));
            RollbackConfig config = (c.config() == null ? RollbackConfig.DEFAULTS : c.config()).withCustomRules(custom);
            mix.add(new RollbackCase(c.baseline(), current, config, c.requestCount()));
        }
        cases = mix.toArray(RollbackCase[]::new);
    }

    @Benchmark
    public RollbackDecision evaluate() {
        RollbackCase c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        return RollbackPolicy.evaluate(c.baseline(), c.current(), c.config(), c.requestCount());
    }
}
