package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping guess on the headings départements' files have (issue 15 item 1). */
class IntakeFieldTest {

  @Test
  void theCafContactFileIsRecognised() {
    // REFERENCE §6.3: the CAF's "fichier de contacts", as départements receive it
    List<String> header =
        List.of(
            "MATRICULE",
            "ROLE PERSONNE",
            "TYPE PERSONNE",
            "NIR",
            "NUMERO DEMANDE RSA",
            "DATE DEMANDE RSA",
            "DATE DEBUT DROITS - DEVOIRS",
            "NOM RESPONSABLE DOSSIER",
            "PRENOM RESPONSABLE DOSSIER");
    Map<IntakeField, String> m = ColumnMapping.suggest(header).columns();
    assertThat(m)
        .containsEntry(IntakeField.CAF_NUMBER, "MATRICULE")
        .containsEntry(IntakeField.HOUSEHOLD_ROLE, "ROLE PERSONNE")
        .containsEntry(IntakeField.CIVILITY, "TYPE PERSONNE")
        .containsEntry(IntakeField.NIR, "NIR")
        .containsEntry(IntakeField.RSA_CLAIM_DATE, "DATE DEMANDE RSA")
        .containsEntry(IntakeField.RIGHTS_AND_DUTIES_START, "DATE DEBUT DROITS - DEVOIRS")
        .containsEntry(IntakeField.LAST_NAME, "NOM RESPONSABLE DOSSIER")
        .containsEntry(IntakeField.FIRST_NAMES, "PRENOM RESPONSABLE DOSSIER");
  }

  @Test
  void headingsWithAccentsLineBreaksAndSignsAreRecognised() {
    assertThat(IntakeField.guess("Nom bénéficiaire")).contains(IntakeField.LAST_NAME);
    assertThat(IntakeField.guess("Prénom bénéficiaire")).contains(IntakeField.FIRST_NAMES);
    assertThat(IntakeField.guess("N° Allocataire")).contains(IntakeField.CAF_NUMBER);
    assertThat(IntakeField.guess("N° CAF")).contains(IntakeField.CAF_NUMBER);
    assertThat(IntakeField.guess("Rôle")).contains(IntakeField.HOUSEHOLD_ROLE);
    assertThat(IntakeField.guess("Civilité")).contains(IntakeField.CIVILITY);
    assertThat(IntakeField.guess("Date de\nNaissance")).contains(IntakeField.BIRTH_DATE);
    assertThat(IntakeField.guess("Adresses\nMails")).contains(IntakeField.EMAIL);
    assertThat(IntakeField.guess("N°\nTéléphones")).contains(IntakeField.PHONE);
    assertThat(IntakeField.guess("ID pôle Emploi")).contains(IntakeField.FRANCE_TRAVAIL_ID);
    assertThat(IntakeField.guess("Référent")).contains(IntakeField.REFERENT_EMAIL);
    assertThat(IntakeField.guess("TAGS")).contains(IntakeField.TAGS);
    assertThat(IntakeField.guess("ID IODAS")).contains(IntakeField.DEPARTMENT_FILE_ID);
    assertThat(IntakeField.guess("CP Ville")).contains(IntakeField.POSTAL_CODE_AND_COMMUNE);
    assertThat(IntakeField.guess("Structure")).contains(IntakeField.LISTED_STRUCTURE);
  }
}
