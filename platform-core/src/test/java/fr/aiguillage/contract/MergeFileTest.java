package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MergeFileTest {
  static MergeFile full() {
    return new MergeFile(
        "MADAME",
        "Dupont-Lefèvre",
        "Élise Marie",
        LocalDate.of(1985, 4, 12),
        "3 rue de la Gare",
        " ",
        "08000",
        "Charleville-Mézières",
        "1234567",
        "SOCIAL",
        LocalDate.of(2026, 11, 2),
        LocalDate.of(2026, 11, 3),
        "Jeanne",
        "Martin",
        "jeanne.martin@cd08.fr",
        "CCAS de Sedan",
        "1 place d'Alsace",
        "08200",
        "Logement à trouver avant tout.",
        "Ardennes");
  }

  @Test
  void everyPartOfTheFileFillsItsFields() {
    MergeValues v = full().values();
    assertThat(v.valueOf(MergeField.PERSON_CIVILITY)).contains("Madame");
    assertThat(v.valueOf(MergeField.PERSON_LAST_NAME)).contains("Dupont-Lefèvre");
    assertThat(v.valueOf(MergeField.PERSON_BIRTH_DATE)).contains("12 avril 1985");
    assertThat(v.valueOf(MergeField.PERSON_ADDRESS))
        .as("blank lines left out, postal code and town on one line")
        .contains("3 rue de la Gare, 08000 Charleville-Mézières");
    assertThat(v.valueOf(MergeField.PERSON_CAF_NUMBER)).contains("1234567");
    assertThat(v.valueOf(MergeField.ORIENTATION_PATHWAY))
        .contains("Parcours social (remobilisation)");
    assertThat(v.valueOf(MergeField.ORIENTATION_DECISION_DATE)).contains("2 novembre 2026");
    assertThat(v.valueOf(MergeField.ORIENTATION_NOTIFICATION_DATE)).contains("3 novembre 2026");
    assertThat(v.valueOf(MergeField.REFERENT_NAME)).contains("Jeanne Martin");
    assertThat(v.valueOf(MergeField.REFERENT_EMAIL)).contains("jeanne.martin@cd08.fr");
    assertThat(v.valueOf(MergeField.STRUCTURE_NAME)).contains("CCAS de Sedan");
    assertThat(v.valueOf(MergeField.STRUCTURE_ADDRESS)).contains("1 place d'Alsace, 08200");
    assertThat(v.valueOf(MergeField.DIAGNOSTIC_SYNTHESIS))
        .contains("Logement à trouver avant tout.");
    assertThat(v.valueOf(MergeField.DEPARTEMENT_NAME)).contains("Ardennes");
  }

  @Test
  void whatTheFileDoesNotSayStaysUnknown() {
    MergeValues v = full().values();
    assertThat(v.valueOf(MergeField.REFERENT_PHONE)).isEmpty();
    assertThat(v.valueOf(MergeField.HOUSEHOLD_SITUATION)).isEmpty();
    assertThat(v.valueOf(MergeField.DEPARTEMENT_ADDRESS)).isEmpty();
    assertThat(v.valueOf(MergeField.CONTRACT_START)).isEmpty();
  }

  @Test
  void aPersonWithoutOrientationNorDiagnosticHasOnlyTheirOwnFields() {
    MergeFile bare =
        new MergeFile(
            "MONSIEUR",
            "Petit",
            "Jean",
            LocalDate.of(1990, 6, 1),
            null,
            null,
            null,
            null,
            "7654321",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Nord");
    MergeValues v = bare.values();
    assertThat(v.valueOf(MergeField.PERSON_CIVILITY)).contains("Monsieur");
    assertThat(v.valueOf(MergeField.PERSON_BIRTH_DATE)).contains("1er juin 1990");
    assertThat(v.valueOf(MergeField.PERSON_ADDRESS)).isEmpty();
    assertThat(
            Arrays.stream(MergeField.values())
                .filter(f -> f.key().startsWith("orientation.") || f.key().startsWith("referent."))
                .map(v::valueOf))
        .allMatch(java.util.Optional::isEmpty);
    assertThat(v.valueOf(MergeField.STRUCTURE_NAME)).isEmpty();
    assertThat(v.valueOf(MergeField.DIAGNOSTIC_SYNTHESIS)).isEmpty();
  }

  @Test
  void anUnknownCodeIsNotGuessed() {
    MergeFile odd =
        new MergeFile(
            "MX",
            "Nom",
            "Prénom",
            null,
            null,
            null,
            null,
            null,
            null,
            "PARCOURS_INCONNU",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    MergeValues v = odd.values();
    assertThat(v.valueOf(MergeField.PERSON_CIVILITY)).isEmpty();
    assertThat(v.valueOf(MergeField.ORIENTATION_PATHWAY)).isEmpty();
  }
}
