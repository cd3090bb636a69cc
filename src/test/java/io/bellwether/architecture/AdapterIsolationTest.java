package io.bellwether.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Adapters do not depend on each other (buckpal's {@code dontDependOnEachOther}); they meet in the
 * application's ports. The allowed exceptions are named here, each with its reason:
 * <ul>
 *   <li>ui and cli read and write files through io (JSON, CSV, JSON Lines, the HTML report): the
 *       file formats are one adapter that both front ends share;</li>
 *   <li>ui and cli run drills through drill, and drill writes its reports through io: the drill
 *       runner is a use case that still lives in its own package;</li>
 *   <li>store creates the database file and its folder through io's one owner-only file helper
 *       ({@code io.OwnerOnlyFiles}), as every other file Bellwether writes is created;</li>
 *   <li>notify posts its notifications through hooks' one webhook client ({@code hooks.HttpPost}): the
 *       timeouts, header resolution and refusal of redirects are written once.</li>
 * </ul>
 * The console's command-line socket ({@code forward}) knows no other adapter: the composition root
 * ({@code ServedWorkspace}, {@code ForwardWhenHeld}) joins it to cli's picocli commands, so neither
 * ui nor cli needs an edge to it.
 */
@AnalyzeClasses(packages = "io.bellwether", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIsolationTest {
    static final List<String> ADAPTERS = List.of("ui", "cli", "store", "hooks", "io", "drill", "metrics", "forward",
            "notify");
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "ui", Set.of("io", "drill"),
            "cli", Set.of("io", "drill"),
            "drill", Set.of("io"),
            "metrics", Set.of("io"),
            "store", Set.of("io"),
            "notify", Set.of("hooks"));

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = CompositeArchRule.of(ADAPTERS.stream()
            .map(AdapterIsolationTest::onlyAllowedAdapters).toList());

    private static ArchRule onlyAllowedAdapters(String adapter) {
        String[] forbidden = ADAPTERS.stream()
                .filter(other -> !other.equals(adapter) && !ALLOWED.getOrDefault(adapter, Set.of()).contains(other))
                .map(other -> "io.bellwether." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("io.bellwether." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(adapter + " reaches other adapters only through the application's ports")
                .allowEmptyShould(true);
    }
}
