package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The catalogue of merge fields: unique, well-formed keys, each with its help. */
class MergeFieldTest {
  @Test
  void everyFieldHasAWellFormedUniqueKeyALabelAndADescription() {
    assertThat(Arrays.stream(MergeField.values()).map(MergeField::key))
        .doesNotHaveDuplicates()
        .allMatch(k -> k.matches("[a-z]+\\.[a-z_]+"));
    assertThat(MergeField.values())
        .allSatisfy(
            f -> {
              assertThat(f.label()).isNotBlank();
              assertThat(f.description()).isNotBlank().endsWith(".");
            });
  }

  @Test
  void aFieldIsFoundByItsKeyAndWrittenWithBraces() {
    assertThat(MergeField.byKey("orientation.date_notification"))
        .contains(MergeField.ORIENTATION_NOTIFICATION_DATE);
    assertThat(MergeField.byKey("orientation.notification")).isEmpty();
    assertThat(MergeField.PERSON_CAF_NUMBER.placeholder())
        .isEqualTo("{{personne.numero_allocataire}}");
  }

  @Test
  void theNearestKeyIsAtMostThreeEditsAway() {
    assertThat(MergeField.nearest("personne.prenom")).contains(MergeField.PERSON_FIRST_NAMES);
    assertThat(MergeField.nearest("structure.courriel")).isEmpty();
  }
}
