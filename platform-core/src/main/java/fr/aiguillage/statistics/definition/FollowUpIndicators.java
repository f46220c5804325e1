package fr.aiguillage.statistics.definition;

import static fr.aiguillage.statistics.definition.Breakdown.BODY_CATEGORY;
import static fr.aiguillage.statistics.definition.Breakdown.BODY_KIND;
import static fr.aiguillage.statistics.definition.Breakdown.PATHWAY;
import static fr.aiguillage.statistics.definition.Breakdown.REFERENT;
import static fr.aiguillage.statistics.definition.Breakdown.STRUCTURE;
import static fr.aiguillage.statistics.definition.Breakdown.TERRITORY;
import static fr.aiguillage.statistics.definition.IndicatorFamily.CASELOADS;
import static fr.aiguillage.statistics.definition.IndicatorFamily.PARTNERS;
import static fr.aiguillage.statistics.definition.IndicatorFamily.REORIENTATIONS;
import static fr.aiguillage.statistics.definition.IndicatorFamily.SESSIONS;
import static fr.aiguillage.statistics.definition.PeriodKind.AT_DATE;
import static fr.aiguillage.statistics.definition.PeriodKind.DURING_MONTH;

import java.util.List;

/**
 * What follows the orientation: the partners' answers, the caseloads, the re-orientations across
 * the SPE line, and the collective sessions. These are the platform's own (DESIGN §9); none has a
 * national figure.
 */
final class FollowUpIndicators {
  private static final String REFERRALS_SENT = "les adressages envoyés aux structures dans le mois";
  private static final String ANSWERED =
      REFERRALS_SENT + " et acceptés ou refusés (les adressages expirés ou retirés n'y sont pas)";
  private static final String ACCOMPANIED =
      "les personnes accompagnées au dernier jour de la période : premier rendez-vous honoré,"
          + " ni sortie du RSA, ni réorientation demandée ou décidée depuis";
  private static final String INVITED =
      "les personnes invitées aux informations collectives qui ont lieu dans le mois (une"
          + " personne compte une fois par session ; sessions annulées exclues)";

  private static final String PRESENT =
      "les personnes venues aux informations collectives qui ont lieu dans le mois (à l'heure"
          + " ou en retard, invitées ou non)";

  private FollowUpIndicators() {}

  static List<IndicatorDefinition> all() {
    return List.of(
        IndicatorDefinition.builder("monthly-partner-response-time", PARTNERS)
            .says(
                "Délai de réponse des structures",
                "Pour les adressages envoyés dans le mois, nombre d'heures entre l'envoi et la"
                    + " réponse de la structure (acceptation ou refus). Les adressages restés"
                    + " sans réponse jusqu'à leur échéance sont comptés à part (expirés).")
            .counts(Unit.HOURS, ANSWERED, "leur délai de réponse")
            .from(Milestones.REFERRAL_SENT_ON, Milestones.REFERRAL_ANSWERED)
            .showing(Delays.ALL, List.of())
            .during(DURING_MONTH, Milestones.REFERRAL_SENT_ON)
            .by(TERRITORY, STRUCTURE, BODY_KIND, PATHWAY)
            .source(Reference.AIGUILLAGE)
            .build(),
        IndicatorDefinition.builder("monthly-partner-refusal-rate", PARTNERS)
            .says(
                "Taux de refus des structures",
                "Parmi les adressages envoyés dans le mois auxquels la structure a répondu, la"
                    + " part qu'elle a refusée (avec un motif).")
            .counts(Unit.RATE, ANSWERED, "les adressages refusés")
            .over(ANSWERED)
            .from(Milestones.REFERRAL_SENT_ON, Milestones.REFERRAL_ANSWERED)
            .during(DURING_MONTH, Milestones.REFERRAL_SENT_ON)
            .by(TERRITORY, STRUCTURE, BODY_KIND, PATHWAY)
            .source(Reference.AIGUILLAGE)
            .build(),
        IndicatorDefinition.builder("monthly-partner-expiry-rate", PARTNERS)
            .says(
                "Taux d'adressages restés sans réponse",
                "Parmi les adressages envoyés dans le mois dont le sort est connu, la part restée"
                    + " sans réponse de la structure jusqu'à l'échéance (et signalée au"
                    + " coordinateur).")
            .counts(
                Unit.RATE,
                REFERRALS_SENT + " acceptés, refusés ou expirés",
                "les adressages expirés")
            .over(REFERRALS_SENT + " acceptés, refusés ou expirés")
            .during(DURING_MONTH, Milestones.REFERRAL_SENT_ON)
            .by(TERRITORY, STRUCTURE, BODY_KIND, PATHWAY)
            .source(Reference.AIGUILLAGE)
            .build(),
        IndicatorDefinition.builder("referent-caseload", CASELOADS)
            .says(
                "File active des référents",
                "Nombre de personnes que chaque référent accompagne au dernier jour de la"
                    + " période : orientées vers lui, venues au premier rendez-vous, ni sorties"
                    + " du RSA ni en cours de réorientation.")
            .counts(Unit.PEOPLE, ACCOMPANIED, "les personnes accompagnées par le référent")
            .at(AT_DATE)
            .by(REFERENT, STRUCTURE, TERRITORY)
            .source(Reference.AIGUILLAGE)
            .build(),
        IndicatorDefinition.builder("structure-caseload", CASELOADS)
            .says(
                "File active des structures",
                "Nombre de personnes que chaque structure accompagne au dernier jour de la"
                    + " période, avec ou sans référent nommé.")
            .counts(Unit.PEOPLE, ACCOMPANIED, "les personnes accompagnées par la structure")
            .at(AT_DATE)
            .by(STRUCTURE, BODY_KIND, BODY_CATEGORY, TERRITORY)
            .source(Reference.AIGUILLAGE)
            .build(),
        reoriented("monthly-reoriented-spe-to-non-spe", true),
        reoriented("monthly-reoriented-non-spe-to-spe", false),
        session(
            "monthly-session-invited",
            "Personnes invitées aux informations collectives",
            "Personnes invitées aux informations collectives qui ont lieu dans le mois, par"
                + " courrier, message ou convocation.",
            Milestones.SESSION_INVITATION,
            INVITED,
            "les invitations"),
        session(
            "monthly-session-present",
            "Personnes présentes aux informations collectives",
            "Personnes venues aux informations collectives du mois (à l'heure ou en retard),"
                + " y compris celles venues sans invitation.",
            Milestones.SESSION_CHECK_IN,
            PRESENT,
            "les personnes enregistrées présentes ou en retard"),
        IndicatorDefinition.builder("monthly-session-attendance-rate", SESSIONS)
            .says(
                "Taux de présence aux informations collectives",
                "Parmi les personnes invitées aux informations collectives du mois, la part"
                    + " venue. Les personnes venues sans invitation n'y sont pas.")
            .counts(Unit.RATE, INVITED, "les personnes invitées venues (à l'heure ou en retard)")
            .over(INVITED)
            .during(DURING_MONTH, Milestones.SESSION_INVITATION)
            .by(TERRITORY)
            .source(Reference.AIGUILLAGE)
            .build(),
        session(
            "monthly-session-oriented-same-day",
            "Personnes orientées le jour de l'information collective",
            "Personnes dont l'orientation est validée au bureau le jour même de l'information"
                + " collective.",
            Milestones.SESSION_ORIENTATION,
            PRESENT,
            "les personnes orientées au bureau le jour de la session"),
        IndicatorDefinition.builder("monthly-session-oriented-same-day-share", SESSIONS)
            .says(
                "Part des présents orientés le jour même",
                "Parmi les personnes venues aux informations collectives du mois, la part dont"
                    + " l'orientation est validée le jour même.")
            .counts(Unit.RATE, PRESENT, "les présents orientés au bureau le jour de la session")
            .over(PRESENT)
            .during(DURING_MONTH, Milestones.SESSION_CHECK_IN)
            .by(TERRITORY)
            .source(Reference.AIGUILLAGE)
            .build());
  }

  private static IndicatorDefinition reoriented(String id, boolean towardsNonSpe) {
    String spe = "du service public de l'emploi (SPE)";
    String nonSpe = "hors du service public de l'emploi";
    String from = towardsNonSpe ? spe : nonSpe;
    String to = towardsNonSpe ? nonSpe : spe;
    return IndicatorDefinition.builder(id, REORIENTATIONS)
        .says(
            "Réorientations du mois d'un organisme " + from + " vers un organisme " + to,
            "Personnes réorientées dans le mois d'un organisme "
                + from
                + " vers un organisme "
                + to
                + ", selon la date de la nouvelle décision. Un changement entre deux organismes"
                + " du même côté ne compte pas ; une personne réorientée deux fois dans le mois"
                + " compte selon son dernier changement.")
        .counts(
            Unit.PEOPLE,
            "les personnes réorientées dans le mois",
            "les personnes dont le dernier changement de côté du mois va d'un organisme "
                + from
                + " vers un organisme "
                + to)
        .during(DURING_MONTH, Milestones.REORIENTATION)
        .by(OarsaIndicators.with(PATHWAY))
        .source(Reference.OARSA_T6)
        .build();
  }

  /** Sessions are small groups: broken down by territory only, so that few cells are suppressed. */
  private static IndicatorDefinition session(
      String id,
      String label,
      String explanation,
      Milestone countedOn,
      String population,
      String numerator) {
    return IndicatorDefinition.builder(id, SESSIONS)
        .says(label, explanation)
        .counts(Unit.PEOPLE, population, numerator)
        .during(DURING_MONTH, countedOn)
        .by(TERRITORY)
        .source(Reference.AIGUILLAGE)
        .build();
  }
}
