package io.bellwether.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;


/**
 * The dependency rule of ARCHITECTURE.md: ui, cli, store, io, drill, hooks → application → domain;
 * the composition root (the root package) is reached only by the program's edges that open a
 * workspace, named in {@link #OPENS_WORKSPACES}.
 */
@AnalyzeClasses(packages = "io.bellwether", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    static final Set<String> OPENS_WORKSPACES = Set.of("io.bellwether.ui.App", "io.bellwether.ui.ConsoleOptions",
            "io.bellwether.cli.workspace.DatabaseOption", "io.bellwether.drill.DrillWorkspaces",
            "io.bellwether.cli.hooks.HooksCommand$Common", "io.bellwether.cli.imports.ImportCommand",
            "io.bellwether.cli.models.RegistryCommands");

    @ArchTest
    static final ArchRule dependencies_point_inwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("io.bellwether.domain..")
            .layer("Application").definedBy("io.bellwether.application..")
            .layer("Adapters").definedBy("io.bellwether.ui..", "io.bellwether.cli..",
                    "io.bellwether.store..", "io.bellwether.io..", "io.bellwether.drill..",
                    "io.bellwether.hooks..", "io.bellwether.metrics..")
            .layer("Entry").definedBy("io.bellwether")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Entry", "Adapters")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Entry")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Entry")
            .ignoreDependency(DescribedPredicate.describe("a program edge that opens a workspace",
                    (JavaClass origin) -> OPENS_WORKSPACES.contains(origin.getName())),
                    DescribedPredicate.describe("the composition root", (JavaClass target) ->
                            target.getPackageName().equals("io.bellwether")));

    @ArchTest
    static final ArchRule domain_is_pure_java = noClasses().that().resideInAPackage("io.bellwether.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                    "io.fair_acc..", "com.fasterxml..", "org.flywaydb..", "picocli..", "java.nio.file..",
                    "java.net..");

    @ArchTest
    static final ArchRule application_knows_no_adapter_technology = noClasses().that()
            .resideInAPackage("io.bellwether.application..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                    "io.fair_acc..", "org.flywaydb..", "picocli..");

    @ArchTest
    static final ArchRule view_models_touch_no_scene_graph = noClasses().that()
            .resideInAPackage("io.bellwether.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
}
