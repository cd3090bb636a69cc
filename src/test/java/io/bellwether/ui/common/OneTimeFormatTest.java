package io.bellwether.ui.common;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.bellwether.ui.timeline.TimeAxis;
import java.time.format.DateTimeFormatter;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Issue 14 item 12: every time a person reads in the console is written by {@link DisplayFormats}; only the
 * timeline's axis picks its own tick labels ("Nov 8", "14:00"), which mark the grid rather than an event.
 */
@AnalyzeClasses(packages = "io.bellwether.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class OneTimeFormatTest {
    @ArchTest
    static final ArchRule only_display_formats_writes_times = noClasses()
            .that().doNotHaveFullyQualifiedName(DisplayFormats.class.getName())
            .and().doNotHaveFullyQualifiedName(TimeAxis.class.getName())
            .should().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
            .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, java.util.Locale.class)
            .because("one format for every time in the console (DisplayFormats.time)");
}
