package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merge fields are read from a closed catalogue; a wrong one is refused with its position. */
class MergeTextTest {
  static List<TemplateError> errorsOf(String text) {
    List<TemplateError> errors = new ArrayList<>();
    MergeText.parse(text, "sections[0].body", "Section 1 « Essai »", errors);
    return errors;
  }

  @Test
  void aTextIsSplitIntoLiteralsAndKnownFields() {
    MergeText text =
        MergeText.parse(
            "Bonjour {{ personne.prenoms }} {{personne.nom}},\nà bientôt.",
            "f",
            "p",
            new ArrayList<>());
    assertThat(text.segments())
        .containsExactly(
            new MergeText.Literal("Bonjour "),
            new MergeText.Field(MergeField.PERSON_FIRST_NAMES),
            new MergeText.Literal(" "),
            new MergeText.Field(MergeField.PERSON_LAST_NAME),
            new MergeText.Literal(",\nà bientôt."));
    assertThat(text.fields())
        .containsExactly(MergeField.PERSON_FIRST_NAMES, MergeField.PERSON_LAST_NAME);
  }

  @Test
  void anUnknownFieldIsRefusedWithItsLineColumnAndANearbyName() {
    assertThat(errorsOf("Madame,\nVotre référent : {{referent.nomm}}."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("sections[0].body");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(18);
              assertThat(e.message())
                  .isEqualTo(
                      "« referent.nomm » n'est pas un champ de fusion connu. Vouliez-vous dire"
                          + " « referent.nom » (Nom du référent) ?");
              assertThat(e.describe()).startsWith("Section 1 « Essai », ligne 2, colonne 18 : ");
            });
  }

  @Test
  void aFarFetchedNameGetsNoSuggestion() {
    assertThat(errorsOf("{{allocation.montant}}"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.message())
                    .contains("« allocation.montant » n'est pas un champ de fusion connu")
                    .contains("Choisissez-en un dans la liste"));
  }

  @Test
  void anUnclosedFieldIsRefusedAndTheRestOfTheTextStillChecked() {
    List<TemplateError> errors = errorsOf("Le {{contrat.date_debut\nà {{personne.inconnu}}");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).line()).isEqualTo(1);
    assertThat(errors.get(0).column()).isEqualTo(4);
    assertThat(errors.get(0).message()).contains("n'est pas fermé par « }} »");
    assertThat(errors.get(1).line()).isEqualTo(2);
    assertThat(errors.get(1).column()).isEqualTo(3);
    assertThat(errors.get(1).message()).contains("« personne.inconnu »");
  }

  @Test
  void emptyAndMalformedNamesAreRefused() {
    List<TemplateError> errors = errorsOf("{{}} puis {{{personne.nom}}} puis {{Personne.Nom}}");
    assertThat(errors).extracting(TemplateError::column).containsExactly(1, 11, 35);
    assertThat(errors.get(0).message()).startsWith("champ de fusion vide");
    assertThat(errors.get(1).message()).contains("n'est pas un nom de champ de fusion");
    assertThat(errors.get(2).message()).contains("« Personne.Nom » n'est pas un nom");
  }

  @Test
  void bracesThatDoNotOpenAFieldAreText() {
    assertThat(errorsOf("Un { seul, des }} fermantes, {un} autre")).isEmpty();
  }

  @Test
  void everyProblemOfEveryTextIsReportedAtOnce() {
    TemplateRejectedException refused =
        catchThrowableOfType(
            TemplateRejectedException.class,
            () ->
                ParsedTemplate.parse(
                    "Contrat",
                    List.of(
                        new TemplateSection("Début", "{{personne.nom}} {{personne.age}}"),
                        new TemplateSection(" ", "texte"),
                        new TemplateSection("Fin", "{{contrat.fin")),
                    List.of("Mention {{departement.nom}} {{departement.code}}")));
    assertThat(refused.templateErrors())
        .extracting(TemplateError::field)
        .containsExactly(
            "sections[0].body", "sections[1].heading", "sections[2].body", "legalMentions[0]");
    assertThat(refused.templateErrors().get(3).describe())
        .startsWith("Mention légale 1, ligne 1, colonne 29 : « departement.code »");
    assertThat(refused.errors()).hasSize(4);
  }
}
