package fr.aiguillage.criteria;

import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;

/**
 * The national default criteria a new département starts from: the CNE référentiel approved by the
 * arrêté of 21 Nov 2024, as summarised with its sources in shared/domain/REFERENCE.md §1.4. Rules
 * marked {@code unverified} encode readings the summary marks [INFERRED] or [UNVERIFIED]: they are
 * data a département reviews and edits (docs/criteria.md lists them).
 */
public final class NationalCriteria {
  public static final int VERSION = 1;
  static final String CLOSE_TO_WORK =
      "(activity_now || activity_last_24_months || can_picture_job)";

  private NationalCriteria() {}

  public static List<Rule> rules() {
    return List.of(
        new Rule(
            "social",
            "!activity_now && !activity_last_24_months && (strong_barriers > 0 || !can_picture_job)",
            Pathway.SOCIAL,
            StructureKind.DEPARTEMENT,
            false,
            "Sans activité depuis plus de deux ans, avec un frein fort ou sans projet d'emploi à court terme : un parcours social"
                + " permet d'abord de lever les difficultés, avec les services du département.",
            true),
        new Rule(
            "global-frein-fort",
            "strong_barriers > 0",
            Pathway.SOCIO_PROFESSIONAL,
            null,
            true,
            "Un frein fort pèse sur la recherche d'emploi, alors que la personne a travaillé récemment ou se projette :"
                + " parcours global (socio-professionnel), à confirmer par un examen approfondi.",
            true),
        new Rule(
            "global-frein-moyen",
            "medium_barriers > 0",
            Pathway.SOCIO_PROFESSIONAL,
            null,
            false,
            "Au moins un frein moyen pèse sur la recherche d'emploi : parcours global (socio-professionnel),"
                + " pour avancer vers l'emploi en levant ce frein.",
            true),
        new Rule(
            "emploi-jeune",
            "age < 26 && " + CLOSE_TO_WORK,
            Pathway.PROFESSIONAL,
            StructureKind.MISSION_LOCALE,
            false,
            "Moins de 26 ans, sans frein, proche de l'emploi : parcours emploi accompagné par la Mission locale.",
            true),
        new Rule(
            "emploi-handicap",
            "(rqth || oeth) && " + CLOSE_TO_WORK,
            Pathway.PROFESSIONAL,
            StructureKind.CAP_EMPLOI,
            false,
            "Travailleur handicapé reconnu, sans frein, proche de l'emploi : parcours emploi accompagné par Cap emploi.",
            true),
        new Rule(
            "emploi",
            CLOSE_TO_WORK + " && qualified",
            Pathway.PROFESSIONAL,
            StructureKind.FRANCE_TRAVAIL,
            false,
            "Activité récente ou projet d'emploi à court terme, formation qualifiante et aucun frein : parcours emploi avec France Travail.",
            false),
        new Rule(
            "emploi-sans-qualification",
            CLOSE_TO_WORK,
            Pathway.PROFESSIONAL,
            StructureKind.FRANCE_TRAVAIL,
            true,
            "Proche de l'emploi et sans frein, mais sans formation qualifiante : parcours emploi proposé, à confirmer"
                + " (le référentiel national n'a pas pu être lu sur ce cas).",
            true),
        new Rule(
            "a-examiner",
            "true",
            Pathway.SOCIO_PROFESSIONAL,
            null,
            true,
            "Aucun critère ne s'applique clairement à cette situation : un examen approfondi par un professionnel est nécessaire.",
            false));
  }
}
