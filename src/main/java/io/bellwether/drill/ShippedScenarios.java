package io.bellwether.drill;

import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The scenarios shipped in assets/drills (on the class path under /drills), and lookup by name or file. */
public final class ShippedScenarios {
    /** Every shipped scenario, in the order {@code drill list} shows them; a test checks this against assets/drills. */
    public static final List<String> NAMES = List.of("latency-regression", "error-rate-burst", "latency-creep",
            "shadow-disagreement", "metrics-outage", "healthy-canary", "auto-progression", "observe-only-rule");

    private ShippedScenarios() {
    }

    public static DrillScenario load(String name) {
        if (!NAMES.contains(name)) {
            throw new InvalidInputException("scenario", name, "is not a shipped scenario (" + String.join(", ", NAMES) + ")");
        }
        try (InputStream in = ShippedScenarios.class.getResourceAsStream("/drills/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("The shipped scenario " + name + " is missing from the class path");
            }
            return DrillScenarioJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped scenario " + name, e);
        }
    }

    /** A shipped scenario's name, or the path of a scenario file; the file wins when both exist. */
    public static DrillScenario resolve(String nameOrPath) throws IOException {
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            return DrillScenarioJson.read(file);
        }
        if (NAMES.contains(nameOrPath)) {
            return load(nameOrPath);
        }
        throw new InvalidInputException("scenario", nameOrPath,
                "is neither a shipped scenario (" + String.join(", ", NAMES) + ") nor a readable file");
    }

    public static List<DrillScenario> all() {
        return NAMES.stream().map(ShippedScenarios::load).toList();
    }
}
