package fr.aiguillage.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {
  private final TextField name = new TextField("Nom");
  private final TextField email = new TextField("Courriel");
  private final Map<String, TextField> fields = new LinkedHashMap<>();

  FieldErrorsTest() {
    fields.put("name", name);
    fields.put("email", email);
  }

  @Test
  void putsEachRefusalOnItsFieldAndHandsBackTheOthers() {
    List<String> unplaced =
        FieldErrors.place(
            List.of(
                new FieldError("name", "Le nom est obligatoire."),
                new FieldError("version", "Quelqu'un d'autre a modifié ce dossier.")),
            fields::get);

    assertThat(name.isInvalid()).isTrue();
    assertThat(name.getErrorMessage()).isEqualTo("Le nom est obligatoire.");
    assertThat(email.isInvalid()).as("not refused").isFalse();
    assertThat(unplaced).containsExactly("Quelqu'un d'autre a modifié ce dossier.");
  }

  @Test
  void saysEveryRefusalOfOneField() {
    FieldErrors.place(
        List.of(
            new FieldError("email", "Le courriel est trop long."),
            new FieldError("email", "Le courriel n'est pas une adresse.")),
        fields::get);

    assertThat(email.getErrorMessage())
        .isEqualTo("Le courriel est trop long. Le courriel n'est pas une adresse.");
  }

  @Test
  void letsTheFormChooseItsWords() {
    FieldErrors.place(
        List.of(new FieldError("name", "must not be blank")),
        fields::get,
        (error, field) -> "Indiquez le nom.");

    assertThat(name.getErrorMessage()).isEqualTo("Indiquez le nom.");
  }

  @Test
  void summarisesWhatWasNotDone() {
    assertThat(FieldErrors.summary("Le dossier n'a pas été enregistré", 0, List.of("Trop tard.")))
        .isEqualTo("Le dossier n'a pas été enregistré. Trop tard.");
    assertThat(FieldErrors.summary("Le dossier n'a pas été enregistré", 1, List.of()))
        .isEqualTo("Le dossier n'a pas été enregistré : 1 champ à corriger.");
    assertThat(
            FieldErrors.summary("Les réponses n'ont pas été enregistrées", 3, List.of(), "réponse"))
        .isEqualTo("Les réponses n'ont pas été enregistrées : 3 réponses à corriger.");
  }

  @Test
  void showsTheSummaryInTheAlertAndClearsIt() {
    Paragraph alert = FieldErrors.alert("account-alert", "portal-alert");
    assertThat(alert.isVisible()).as("hidden while empty").isFalse();
    assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");

    FieldErrors.show(
        List.of(
            new FieldError("name", "Le nom est obligatoire."),
            new FieldError("email", "Le courriel est obligatoire."),
            new FieldError("organisation", "L'organisation est désactivée.")),
        alert,
        fields,
        "Le compte n'a pas été créé");

    assertThat(alert.isVisible()).isTrue();
    assertThat(alert.getText())
        .isEqualTo(
            "Le compte n'a pas été créé : 2 champs à corriger. L'organisation est désactivée.");

    FieldErrors.clear(alert, fields);
    assertThat(alert.isVisible()).isFalse();
    assertThat(alert.getText()).isEmpty();
    assertThat(name.isInvalid()).isFalse();
    assertThat(email.isInvalid()).isFalse();
  }
}
