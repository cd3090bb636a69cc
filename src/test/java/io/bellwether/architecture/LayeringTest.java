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
 * The dependency rule of ARCHITECTURE.md: ui, cli, store, io, drill, hooks, metrics, forward → application → domain;
 * the composition root (the root package) is reached only by the program's edges that open a
 * workspace, named in {@link #OPENS_WORKSPACES}.
 */
@AnalyzeClasses(packages = "io.bellwether", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    static final Set<String> OPENS_WORKSPACES = Set.of("io.bellwether.ui.App", "io.bellwether.ui.ConsoleOptions",
            "io.bellwether.cli.WorkspaceOption", "io.bellwether.drill.DrillWorkspaces",
            "io.bellwether.cli.workspace.WorkspacesCommand$Copy");

    @ArchTest
    static final ArchRule dependencies_point_inwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("io.bellwether.domain..")
            .layer("Application").definedBy("io.bellwether.application..")
            .layer("Adapters").definedBy("io.bellwether.ui..", "io.bellwether.cli..",
                    "io.bellwether.store..", "io.bellwether.io..", "io.bellwether.drill..",
                    "io.bellwether.hooks..", "io.bellwether.metrics..", "io.bellwether.forward..",
                    "io.bellwether.notify..")
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
                    "io.fair_acc..", "org.flywaydb..", "picocli..", "org.postgresql..", "java.net.http..",
                    "com.sun.net..", "org.controlsfx..");

    static final Set<String> STATE_NAMES = new java.util.TreeSet<>(Set.of("ViewModel", "Model", "Loader", "Command",
            "Row", "Progress"));

    /**
     * Screen state is held outside the scene graph: a class in ui that is not itself a control, a
     * dialog, a window or the application, and that owns JavaFX observable state (a property or an
     * observable collection field) or is named for the job (…ViewModel, …Model, …Loader, …Command,
     * …Row, …Progress), imports nothing from javafx.scene or javafx.stage.
     */
    static final DescribedPredicate<JavaClass> HOLDS_SCREEN_STATE = DescribedPredicate.describe(
            "hold screen state (own a JavaFX property or observable collection, or are named "
                    + String.join("/", STATE_NAMES) + ")",
            (JavaClass c) -> !isPartOfTheSceneGraph(c) && (ownsObservableState(c) || isNamedForState(c)));

    private static boolean isPartOfTheSceneGraph(JavaClass c) {
        return c.isAssignableTo(javafx.scene.Node.class) || c.isAssignableTo(javafx.scene.control.Dialog.class)
                || c.isAssignableTo(javafx.stage.Window.class) || c.isAssignableTo(javafx.scene.Scene.class)
                || c.isAssignableTo(javafx.application.Application.class);
    }

    private static boolean ownsObservableState(JavaClass c) {
        return c.getFields().stream().map(field -> field.getRawType().getPackageName())
                .anyMatch(name -> name.startsWith("javafx.beans") || name.startsWith("javafx.collections"));
    }

    private static boolean isNamedForState(JavaClass c) {
        return STATE_NAMES.stream().anyMatch(c.getSimpleName()::endsWith);
    }

    @ArchTest
    static final ArchRule screen_state_touches_no_scene_graph = noClasses().that()
            .resideInAPackage("io.bellwether.ui..").and(HOLDS_SCREEN_STATE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule the_state_rule_sees_the_view_models = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().resideInAPackage("io.bellwether.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(HOLDS_SCREEN_STATE));
}
