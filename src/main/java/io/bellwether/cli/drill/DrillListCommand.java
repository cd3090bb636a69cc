package io.bellwether.cli.drill;

import io.bellwether.cli.VersionProvider;
import io.bellwether.domain.Durations;
import io.bellwether.drill.DrillScenario;
import io.bellwether.drill.ShippedScenarios;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bellwether drill list}: the shipped scenarios, one per paragraph. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the shipped drill scenarios with what each expects of the engine.")
public final class DrillListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (DrillScenario scenario : ShippedScenarios.all()) {
            out.println(scenario.name() + "  (" + Durations.format(scenario.duration()) + " simulated, expects "
                    + scenario.expectation().describe() + ")");
            out.println("    " + scenario.description());
        }
        out.flush();
        return 0;
    }
}
