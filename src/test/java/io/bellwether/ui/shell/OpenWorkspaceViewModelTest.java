package io.bellwether.ui.shell;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class OpenWorkspaceViewModelTest {
    private final OpenWorkspaceViewModel form = new OpenWorkspaceViewModel();

    private String problemWith(String text) {
        form.locationProperty().set(text);
        return form.problemProperty().get();
    }

    @Test
    void anEmptyFieldCannotBeOpened() {
        assertThat(problemWith("  ")).contains("workspace file or a postgresql:// URL");
        assertThat(form.chosen()).isEmpty();
        assertThat(form.shownProblemProperty().get()).as("quiet until something is typed").isEmpty();
    }

    @Test
    void aFileOrATeamWorkspaceCanBeOpened() {
        assertThat(problemWith("/srv/ws/bellwether")).isNull();
        assertThat(form.chosen()).contains(Path.of("/srv/ws/bellwether"));
        assertThat(problemWith(" postgresql://sre@db.example.com:5432/bellwether?sslmode=require ")).isNull();
        assertThat(ShellViewModel.shown(form.chosen().orElseThrow()))
                .isEqualTo("postgresql://sre@db.example.com:5432/bellwether?sslmode=require");
    }

    @Test
    void aUrlWithAPasswordOrWithoutADatabaseOrInAnotherSchemeIsRefusedSayingWhy() {
        assertThat(problemWith("postgresql://sre:hunter2@db/bellwether")).contains("must not contain a password")
                .doesNotContain("hunter2");
        assertThat(problemWith("postgresql://sre@db:5432")).contains("names no database");
        assertThat(form.shownProblemProperty().get()).contains("names no database");
        assertThat(problemWith("postgres://db/bellwether")).contains("postgresql://");
        assertThat(problemWith("jdbc:postgresql://db/bellwether")).contains("postgresql://");
        assertThat(form.chosen()).isEmpty();
    }

    @Test
    void aBrowsedFileFillsTheField() {
        form.choseFile(Path.of("/srv/ws/bellwether.mv.db"));
        assertThat(form.locationProperty().get()).isEqualTo("/srv/ws/bellwether.mv.db");
        assertThat(form.problemProperty().get()).isNull();
    }
}
