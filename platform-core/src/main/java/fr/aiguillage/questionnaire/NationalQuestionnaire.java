package fr.aiguillage.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * The national base of the diagnostic every département starts from (CNE référentiel of 21 Nov 2024
 * as summarised in shared/domain/REFERENCE.md §1.3 and §2, and the seed documents). The
 * référentiel's own item list was not available: this base follows the four legal categories of
 * criteria and the constraint themes named by the CNE; see docs/criteria.md for what is unverified.
 */
public final class NationalQuestionnaire {
  public static final int VERSION = 1;

  /** The ranges of the base's number questions (a département's own take NumberRange.DEFAULT). */
  static final Map<String, NumberRange> RANGES =
      Map.of(
          "dependent_children", new NumberRange(0, 30),
          "months_without_activity", new NumberRange(0, 600));

  private NationalQuestionnaire() {}

  public static Questionnaire base() {
    return new Questionnaire(
        VERSION,
        List.of(
            situation(),
            work(),
            qualification(),
            project(),
            barriers(),
            disability(),
            expectations()));
  }

  /** The codes of the base's barrier questions ({@code barrier_health}, …), in their order. */
  public static List<String> barrierCodes() {
    return base().sections().stream()
        .flatMap(s -> s.questions().stream())
        .filter(q -> q.type() == AnswerType.BARRIER)
        .map(Question::code)
        .toList();
  }

  private static Section situation() {
    return section(
        "situation",
        "Situation familiale et administrative",
        choice(
            "family_situation",
            "Vivez-vous seul(e) ou en couple ?",
            List.of(new Choice("SEUL", "Seul(e)"), new Choice("COUPLE", "En couple")),
            List.of("famille")),
        number("dependent_children", "Combien d'enfants avez-vous à charge ?", List.of("famille")),
        yesNo(
            "admin_difficulties",
            "Avez-vous des difficultés avec vos démarches administratives ?",
            List.of("acces-aux-droits-et-citoyennete")));
  }

  private static Section work() {
    return section(
        "travail",
        "Situation professionnelle",
        yesNo("activity_now", "Travaillez-vous en ce moment, même quelques heures ?", List.of()),
        yesNo(
            "activity_last_24_months",
            "Avez-vous travaillé au cours des deux dernières années ?",
            List.of()),
        number(
            "months_without_activity",
            "Depuis combien de mois êtes-vous sans activité ?",
            List.of()));
  }

  private static Section qualification() {
    return section(
        "formation",
        "Formation et métier",
        choice(
            "qualification_level",
            "Quel est votre plus haut diplôme ?",
            List.of(
                new Choice("AUCUN", "Aucun diplôme"),
                new Choice("CAP_BEP", "CAP, BEP ou équivalent"),
                new Choice("BAC", "Baccalauréat ou équivalent"),
                new Choice("BAC_2", "Bac + 2"),
                new Choice("BAC_3_PLUS", "Bac + 3 ou plus")),
            List.of("se-former")),
        yesNo(
            "qualified",
            "Avez-vous une formation qualifiante (diplôme, titre professionnel, certificat) pour un métier ?",
            List.of("se-former")),
        text(
            "occupation",
            "Quel métier avez-vous exercé, ou voulez-vous exercer ?",
            List.of("trouver-un-emploi")));
  }

  private static Section project() {
    return section(
        "projet",
        "Projet et envies",
        yesNo(
            "can_picture_job",
            "Vous voyez-vous reprendre un emploi dans les prochains mois ?",
            List.of("trouver-un-emploi")),
        yesNo(
            "project_to_define",
            "Votre projet professionnel est-il encore à construire ?",
            List.of("choisir-un-metier")),
        text("aspirations", "Qu'aimeriez-vous faire ?", List.of("choisir-un-metier")));
  }

  private static Section barriers() {
    return section(
        "freins",
        "Ce qui peut vous freiner",
        barrier("barrier_health", "Votre santé", List.of("sante")),
        barrier("barrier_housing", "Votre logement", List.of("logement-hebergement")),
        barrier(
            "barrier_mobility",
            "Vos déplacements (permis, transport, véhicule)",
            List.of("mobilite")),
        barrier("barrier_childcare", "La garde de vos enfants", List.of("famille--garde-denfants")),
        barrier(
            "barrier_carer",
            "L'aide que vous apportez à un proche",
            List.of("famille--soutien-aux-aidants")),
        barrier(
            "barrier_digital",
            "L'utilisation d'internet, d'un ordinateur ou d'un téléphone",
            List.of("numerique")),
        barrier(
            "barrier_language",
            "La langue française (lire, écrire, parler)",
            List.of("apprendre-francais")),
        barrier("barrier_finances", "Votre argent (dettes, budget)", List.of("gestion-financiere")),
        barrier("barrier_other", "Autre chose", List.of()));
  }

  private static Section disability() {
    return section(
        "handicap",
        "Handicap",
        yesNo(
            "rqth",
            "Avez-vous une reconnaissance de la qualité de travailleur handicapé (RQTH) ?",
            List.of("handicap")),
        yesNo(
            "oeth",
            "Bénéficiez-vous de l'obligation d'emploi des travailleurs handicapés (OETH) ?",
            List.of("handicap")));
  }

  private static Section expectations() {
    return section(
        "attentes",
        "Vos attentes",
        text(
            "expectations",
            "Qu'attendez-vous de l'accompagnement ? Dites-le avec vos mots.",
            List.of()),
        text("needs", "De quoi avez-vous besoin en premier ?", List.of()));
  }

  private static Section section(String code, String title, Question... questions) {
    return new Section(code, title, true, List.of(questions));
  }

  private static Question yesNo(String code, String label, List<String> thematiques) {
    return new Question(code, label, null, AnswerType.YES_NO, List.of(), true, true, thematiques);
  }

  private static Question number(String code, String label, List<String> thematiques) {
    return new Question(code, label, null, AnswerType.NUMBER, List.of(), true, true, thematiques);
  }

  private static Question choice(
      String code, String label, List<Choice> choices, List<String> thematiques) {
    return new Question(code, label, null, AnswerType.CHOICE, choices, true, true, thematiques);
  }

  private static Question barrier(String code, String label, List<String> thematiques) {
    return new Question(
        code,
        label,
        "Sans impact, moyen ou fort : ce que cela change pour chercher ou garder un emploi.",
        AnswerType.BARRIER,
        List.of(),
        true,
        true,
        thematiques);
  }

  private static Question text(String code, String label, List<String> thematiques) {
    return new Question(code, label, null, AnswerType.TEXT, List.of(), true, true, thematiques);
  }
}
