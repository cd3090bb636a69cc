package io.bellwether.ui.audit;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.views.ScreenFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailViewModelTest {
    @TempDir
    static Path directory;
    static ScreenFixtures fixtures;
    static AuditTrail audit;

    @BeforeAll
    static void fill() {
        fixtures = ScreenFixtures.busy(directory, 2_000);
        audit = fixtures.workspace.audit();
    }

    @AfterAll
    static void close() {
        fixtures.workspace.close();
    }

    private AuditTrailViewModel model(AuditExport export) {
        return new AuditTrailViewModel(audit, new InlineTaskExecutor(), export, ZoneOffset.UTC);
    }

    @Test
    void withoutFiltersShowsEveryStoredEvent() {
        AuditTrailViewModel model = model(null);
        model.load();

        assertThat(model.events()).hasSize(audit.query(AuditQuery.ALL).size()).hasSizeGreaterThan(10);
        assertThat(model.status().messageProperty().get()).isEqualTo(model.events().size() + " events");
    }

    @Test
    void typeUserAndResourceFiltersGoToTheQuery() {
        AuditTrailViewModel model = model(null);
        model.filters().type().set(EventType.DEPLOYMENT_STARTED);
        model.load();
        assertThat(model.events()).hasSize(3).allMatch(event -> event.type() == EventType.DEPLOYMENT_STARTED);

        model.filters().type().set(null);
        model.filters().user().set("bob");
        model.load();
        assertThat(model.events()).isNotEmpty().allMatch(event -> event.user().equals("bob"));

        model.filters().user().set("");
        model.showResource(fixtures.liveCanaryId);
        assertThat(model.events()).isNotEmpty().allMatch(event -> fixtures.liveCanaryId.equals(event.resourceId()));
    }

    @Test
    void aChecklistLinkShowsItsAuditEventsAndOtherLinksAreNotTheAuditTrails() {
        AuditTrailViewModel model = model(null);
        model.filters().user().set("somebody else");
        AuditEvent started = audit.query(new AuditQuery(EventType.DEPLOYMENT_STARTED, null, null, null, null, null)).get(0);

        assertThat(model.showEvidence(new io.bellwether.domain.PreDeploymentCheck.Link(
                io.bellwether.domain.PreDeploymentCheck.Place.AUDIT_EVENT, started.resourceId(),
                EventType.DEPLOYMENT_STARTED))).isTrue();
        assertThat(model.events()).extracting(AuditEvent::eventId).containsExactly(started.eventId());
        assertThat(model.showEvidence(new io.bellwether.domain.PreDeploymentCheck.Link(
                io.bellwether.domain.PreDeploymentCheck.Place.SHADOW, "shadow_x"))).isFalse();
        assertThat(model.events()).extracting(AuditEvent::eventId).containsExactly(started.eventId());
    }

    @Test
    void textFilterMatchesTypeActionUserAndDetails() {
        AuditTrailViewModel model = model(null);
        model.filters().text().set("configuration_changed");
        model.load();

        assertThat(model.events()).extracting(AuditEvent::type).containsExactly(EventType.CONFIGURATION_CHANGED);
    }

    @Test
    void dateRangeKeepsEventsOfThoseDaysAndRefusesAnInvertedRange() {
        AuditTrailViewModel model = model(null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.filters().fromDate().set(today.minusDays(1));
        model.filters().toDate().set(today);
        model.load();
        long expected = audit.query(AuditQuery.ALL).stream()
                .filter(event -> !event.timestamp().isBefore(today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .count();
        assertThat(model.events()).hasSize((int) expected);

        model.filters().fromDate().set(today);
        model.filters().toDate().set(today.minusDays(2));
        model.load();
        assertThat(model.status().messageProperty().get()).contains("'to' " + today.minusDays(2)).contains("before 'from' " + today);
    }

    @Test
    void verifyShowsAnIntactChain() {
        AuditTrailViewModel model = model(null);
        model.verify();

        assertThat(model.verificationProperty().get().chainIntact()).isTrue();
        assertThat(model.verificationProperty().get().text())
                .isEqualTo("Chain intact: " + audit.query(AuditQuery.ALL).size() + " events verified");
        assertThat(model.verificationProperty().get().firstBrokenSequence()).isNull();
    }

    @Test
    void aVerificationIsMarkedStaleWhenNewEventsArriveAfterIt() {
        AuditTrailViewModel model = model(null);
        model.verify();
        model.load();
        assertThat(model.verificationProperty().get().stale()).isFalse();

        audit.log(EventType.CONFIGURATION_CHANGED, io.bellwether.domain.EventSeverity.INFO, "alice", "settings",
                "operator", "update", java.util.Map.of("operator", "alice"));
        model.load();

        assertThat(model.verificationProperty().get().stale()).isTrue();
        assertThat(model.verificationProperty().get().text()).startsWith("Chain intact: ")
                .endsWith("(stale: 1 newer events not verified; verify again)");
        model.verify();
        assertThat(model.verificationProperty().get().stale()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportWritesTheFilteredEventsInTheChosenFormat() {
        List<Object[]> written = new ArrayList<>();
        AuditTrailViewModel model = model((events, format, target) -> written.add(new Object[] {events, format, target}));
        model.filters().type().set(EventType.DEPLOYMENT_CREATED);
        model.load();
        Path target = directory.resolve("audit.csv");

        model.export(AuditExport.Format.CSV, target);

        assertThat(written).hasSize(1);
        assertThat((List<Object>) written.get(0)[0]).hasSize(3).containsExactlyElementsOf(new ArrayList<Object>(model.events()));
        assertThat(written.get(0)[1]).isEqualTo(AuditExport.Format.CSV);
        assertThat(model.status().messageProperty().get()).isEqualTo("Exported 3 events as CSV to " + target);
    }

    @Test
    void fileExportWritesCsvAndJsonOfTheShownEvents() throws Exception {
        AuditTrailViewModel model = model(new FileAuditExport());
        model.filters().type().set(EventType.DEPLOYMENT_STARTED);
        model.load();
        Path csv = directory.resolve("started.csv");
        Path json = directory.resolve("started.json");

        model.export(AuditExport.Format.CSV, csv);
        model.export(AuditExport.Format.JSON, json);

        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("sequence,");
        assertThat(lines.subList(1, 4)).allMatch(line -> line.contains("DEPLOYMENT_STARTED"));
        var array = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertThat(array.size()).isEqualTo(3);
        assertThat(array.get(0).get("sequence").asLong()).isEqualTo(model.events().get(0).sequence());
    }

    @Test
    void exportWithoutAnExporterSaysSo() {
        AuditTrailViewModel model = model(null);
        model.export(AuditExport.Format.JSON, directory.resolve("x.json"));

        assertThat(model.exportCommand().isExecutable()).isFalse();
        assertThat(model.status().messageProperty().get()).isEqualTo("Export is not available in this workspace");
    }
}
