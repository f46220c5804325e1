package fr.aiguillage.ui.criteria;

import static fr.aiguillage.ui.criteria.VersionLabelsTest.national;
import static fr.aiguillage.ui.criteria.VersionLabelsTest.version;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.criteria.CriteriaVersionDetails;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditorStateTest {
  private static final CriteriaVersionDetails DRAFT = version(4, "DRAFT", null);
  private static final CriteriaVersionDetails PUBLISHED =
      version(3, "PUBLISHED", LocalDate.of(2025, 2, 1));

  @Test
  void onlyAnAdministratorEditsADraft() {
    EditorState admin = new EditorState(true, DRAFT, false, false, Optional.of(DRAFT));
    assertThat(admin.editable()).isTrue();
    assertThat(admin.canPublish()).isTrue();
    assertThat(admin.canCopy()).isFalse();
    EditorState agent = new EditorState(false, DRAFT, false, false, Optional.of(DRAFT));
    assertThat(agent.editable()).isFalse();
    assertThat(agent.publishVisible()).isFalse();
    assertThat(agent.canCopy()).isFalse();
    assertThat(agent.status()).startsWith("Lecture seule");
  }

  @Test
  void aPublishedVersionIsCopiedNotEdited() {
    EditorState shown = new EditorState(true, PUBLISHED, false, false, Optional.empty());
    assertThat(shown.editable()).isFalse();
    assertThat(shown.canCopy()).isTrue();
    assertThat(shown.publishVisible()).isFalse();
    EditorState copied = new EditorState(true, PUBLISHED, true, true, Optional.of(DRAFT));
    assertThat(copied.editable()).isTrue();
    assertThat(copied.canSave()).isTrue();
    assertThat(copied.publishVisible()).as("a copy is saved before it is published").isFalse();
    assertThat(copied.status())
        .isEqualTo(
            "Nouveau brouillon à partir de la version 3, pas encore enregistré. L'enregistrer"
                + " remplacera le brouillon existant (version 4).");
    assertThat(new EditorState(true, national(), true, true, Optional.empty()).status())
        .startsWith("Nouveau brouillon à partir du socle national");
  }

  @Test
  void unsavedChangesAreSavedBeforePublishing() {
    EditorState dirty = new EditorState(true, DRAFT, false, true, Optional.of(DRAFT));
    assertThat(dirty.publishVisible()).isTrue();
    assertThat(dirty.canPublish()).isFalse();
    assertThat(dirty.status()).startsWith("Modifications non enregistrées");
  }
}
