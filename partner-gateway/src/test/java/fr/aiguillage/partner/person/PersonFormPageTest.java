package fr.aiguillage.partner.person;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.diagnostic.Answer;
import fr.aiguillage.diagnostic.PersonalLinks.PersonForm;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonFormPageTest {
  static String render(PersonFormPage page) {
    return Html.form(page);
  }

  @Test
  void rendersEveryQuestionAskedToThePersonWithTheirSavedAnswers() throws Exception {
    PersonForm form =
        new PersonForm(
            "Léa",
            NationalQuestionnaire.base().sections(),
            Map.of("barrier_housing", new Answer("STRONG", "personne", Instant.now())),
            Instant.parse("2026-12-06T10:00:00Z"));
    String html = render(new PersonFormPage(form, null, Map.of(), null));
    assertThat(html)
        .contains(
            "Bonjour Léa",
            "6 décembre 2026",
            "<legend>Votre logement</legend>",
            "id=\"barrier_housing-strong\" name=\"barrier_housing\" value=\"STRONG\" checked",
            "<label for=\"expectations\">");
  }

  @Test
  void showsErrorsNextToTheirFieldWithTheTypedValue() throws Exception {
    PersonForm form =
        new PersonForm("Léa", NationalQuestionnaire.base().sections(), Map.of(), Instant.now());
    String html =
        render(
            new PersonFormPage(
                form,
                Map.of("dependent_children", "deux"),
                Map.of("dependent_children", "Écrivez un nombre entier."),
                null));
    assertThat(html)
        .contains(
            "role=\"alert\"",
            "1 réponse(s) à corriger",
            "id=\"dependent_children-erreur\"",
            "value=\"deux\"",
            "aria-invalid=\"true\"");
  }
}
