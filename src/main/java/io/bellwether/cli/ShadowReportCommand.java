package io.bellwether.cli;

import io.bellwether.domain.ShadowReportBuilder;
import io.bellwether.io.ComparisonReader;
import io.bellwether.io.ShadowReportJson;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bellwether shadow-report FILE}: the guide's compare_shadow_deployment report of a comparison file. */
@Command(name = "shadow-report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Prints the shadow report (agreement rate, latency mean and P50/P95/P99, average difference) as JSON.",
                "FILE is CSV with the header primary_latency,shadow_latency,agreement (agreement true/false)"
                        + " or JSON Lines with those keys."},
        exitCodeList = {"0:report printed", "2:bad input (one line on stderr names the line and the field)"})
public final class ShadowReportCommand extends JsonReportCommand {

    @Parameters(paramLabel = "FILE", description = "CSV or JSON Lines file of shadow comparisons")
    Path file;

    @Override
    public Integer call() {
        ShadowReportBuilder builder = new ShadowReportBuilder();
        try {
            ComparisonReader.read(file, builder::add);
        } catch (IOException e) {
            throw Refusal.of(file, e);
        }
        print(ShadowReportJson.write(builder.build()));
        return ExitCodes.OK;
    }
}
