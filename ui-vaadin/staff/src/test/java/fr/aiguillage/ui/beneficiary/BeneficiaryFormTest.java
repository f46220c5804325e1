package fr.aiguillage.ui.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.beneficiary.HouseholdRole;
import fr.aiguillage.shared.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BeneficiaryFormTest {
  private static final TerritoryOption SEDAN = new TerritoryOption(UUID.randomUUID(), "Sedan");

  private static BeneficiaryDraft draft() {
    return new BeneficiaryDraft(
        "MADAME",
        "Martin",
        null,
        "Jeanne Marie",
        LocalDate.of(1985, 4, 12),
        "1234567",
        "CLAIMANT",
        null,
        "jeanne.martin@exemple.fr",
        "0612345678",
        "3 rue de la Gare",
        null,
        "08200",
        "Sedan",
        "08409",
        SEDAN.id(),
        LocalDate.of(2024, 1, 15),
        LocalDate.of(2024, 2, 1));
  }

  private static BeneficiaryForm shownForm() {
    BeneficiaryForm form = new BeneficiaryForm();
    form.setTerritories(List.of(SEDAN));
    form.show(draft(), "2 85 04 ** *** *** **");
    return form;
  }

  @Test
  void formBeanRoundTripsTheDraft() {
    assertThat(BeneficiaryFormBean.from(draft()).toDraft()).isEqualTo(draft());
  }

  @Test
  void blankTextIsSentAsNotGiven() {
    BeneficiaryFormBean bean = BeneficiaryFormBean.from(draft());
    bean.setEmail("  ");
    bean.setLastName(" Martin ");
    assertThat(bean.toDraft().email()).as("blank e-mail").isNull();
    assertThat(bean.toDraft().lastName()).as("trimmed name").isEqualTo("Martin");
  }

  @Test
  void isReadOnlyUntilEdited() {
    BeneficiaryFields fields = fieldsOf(shownForm());
    assertThat(fields.lastName.isReadOnly()).as("read-only when shown").isTrue();
    assertThat(fields.lastName.getValue()).isEqualTo("Martin");
    assertThat(fields.territoryId.getValue()).as("territory shown by name").isEqualTo(SEDAN);
    assertThat(fields.civility.getValue()).isEqualTo(Civility.MADAME);
  }

  @Test
  void saveHandsTheTypedDraftToListeners() {
    BeneficiaryForm form = shownForm();
    List<BeneficiaryDraft> saved = new ArrayList<>();
    form.addSaveListener(e -> saved.add(e.draft()));
    form.setEditing(true);
    BeneficiaryFields fields = fieldsOf(form);
    fields.lastName.setValue("Durand");
    fields.householdRole.setValue(HouseholdRole.PARTNER);
    button(form, "save").click();
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).lastName()).isEqualTo("Durand");
    assertThat(saved.get(0).householdRole()).isEqualTo("PARTNER");
    assertThat(saved.get(0).territoryId()).isEqualTo(SEDAN.id());
    assertThat(saved.get(0).nir()).as("a blank NIR keeps the one on file").isNull();
  }

  @Test
  void putsEachRefusalOnItsFieldAndReturnsTheOthers() {
    BeneficiaryForm form = shownForm();
    form.setEditing(true);
    BeneficiaryFields fields = fieldsOf(form);
    fields.civility.clear();
    List<String> unplaced =
        form.showErrors(
            List.of(
                new FieldError("lastName", "Ce champ est obligatoire."),
                new FieldError("civility", "La civilité doit être MADAME ou MONSIEUR."),
                new FieldError("version", "Ce dossier a été modifié entre-temps.")));
    assertThat(fields.lastName.isInvalid()).isTrue();
    assertThat(fields.lastName.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
    assertThat(fields.civility.getErrorMessage())
        .as("an empty list gets the form's wording")
        .isEqualTo("Choisissez la civilité.");
    assertThat(unplaced).containsExactly("Ce dossier a été modifié entre-temps.");
  }

  @Test
  void cancelRestoresTheFileAndClearsErrors() {
    BeneficiaryForm form = shownForm();
    form.setEditing(true);
    BeneficiaryFields fields = fieldsOf(form);
    fields.lastName.setValue("Autre");
    form.showErrors(List.of(new FieldError("lastName", "Non.")));
    button(form, "cancel").click();
    assertThat(fields.lastName.getValue()).isEqualTo("Martin");
    assertThat(fields.lastName.isInvalid()).isFalse();
    assertThat(fields.lastName.isReadOnly()).isTrue();
  }

  private static BeneficiaryFields fieldsOf(BeneficiaryForm form) {
    return (BeneficiaryFields)
        form.getChildren().filter(c -> c instanceof BeneficiaryFields).findFirst().orElseThrow();
  }

  private static com.vaadin.flow.component.button.Button button(BeneficiaryForm form, String id) {
    return form.getChildren()
        .flatMap(c -> c.getChildren())
        .filter(c -> id.equals(c.getId().orElse(null)))
        .map(com.vaadin.flow.component.button.Button.class::cast)
        .findFirst()
        .orElseThrow();
  }
}
