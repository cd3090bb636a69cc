package io.bellwether.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellwether.domain.LatencySummary;
import io.bellwether.domain.ShadowReport;
import io.bellwether.domain.ShadowReportBuilder;
import io.bellwether.io.ComparisonReader;
import io.bellwether.io.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every shadow file of the shared conformance set, against the report numpy gave (1e-9 relative). */
class ShadowReportConformanceTest {
    static final String DIR = "/conformance/shadow/";

    static Stream<Arguments> files() throws IOException {
        JsonNode expected;
        try (InputStream in = ShadowReportConformanceTest.class.getResourceAsStream(DIR + "expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        List<Arguments> all = new ArrayList<>();
        expected.properties().forEach(e -> all.add(Arguments.of(e.getKey(), e.getValue())));
        assertThat(all).hasSize(6);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void matchesNumpy(String file, JsonNode expected) throws IOException {
        ShadowReportBuilder builder = new ShadowReportBuilder();
        try (InputStream in = getClass().getResourceAsStream(DIR + file)) {
            assertThat(in).as(file).isNotNull();
            ComparisonReader.read(in, -1, builder::add, ProgressListener.NONE);
        }
        ShadowReport report = builder.build();

        assertThat(report.totalRequests()).isEqualTo(expected.get("total_requests").asLong());
        close(report.agreementRate(), expected.get("agreement_rate"));
        summary(report.primaryLatency(), expected.get("primary_latency"));
        summary(report.shadowLatency(), expected.get("shadow_latency"));
        close(report.averageLatencyDiff(), expected.get("average_latency_diff"));
    }

    private static void summary(LatencySummary actual, JsonNode expected) {
        close(actual.mean(), expected.get("mean"));
        close(actual.p50(), expected.get("p50"));
        close(actual.p95(), expected.get("p95"));
        close(actual.p99(), expected.get("p99"));
    }

    private static void close(double actual, JsonNode expected) {
        double want = expected.asDouble();
        assertThat(actual).isCloseTo(want, within(Math.abs(want) * 1e-9));
    }
}
