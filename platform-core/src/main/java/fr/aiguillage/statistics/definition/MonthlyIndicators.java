package fr.aiguillage.statistics.definition;

import static fr.aiguillage.statistics.definition.Breakdown.BODY_CATEGORY;
import static fr.aiguillage.statistics.definition.Breakdown.BODY_KIND;
import static fr.aiguillage.statistics.definition.Breakdown.PATHWAY;
import static fr.aiguillage.statistics.definition.Breakdown.STRUCTURE;
import static fr.aiguillage.statistics.definition.Breakdown.TERRITORY;
import static fr.aiguillage.statistics.definition.IndicatorFamily.CONTRACTS;
import static fr.aiguillage.statistics.definition.IndicatorFamily.FIRST_APPOINTMENT;
import static fr.aiguillage.statistics.definition.IndicatorFamily.ORIENTATION;
import static fr.aiguillage.statistics.definition.OarsaIndicators.ORIENTED;
import static fr.aiguillage.statistics.definition.OarsaIndicators.PEOPLE;
import static fr.aiguillage.statistics.definition.PeriodKind.DURING_MONTH;

import java.util.List;

/**
 * The monthly indicators of orientation, first appointment and contract (WebRSA's "plan pauvreté",
 * rdv-insertion, décret 2024-1244), counted from the claim and the rights-and-duties start, not
 * from the day a file was opened. A delay is read by cohort: the people whose start falls in the
 * month, followed until they reach the end (see docs/indicators.md for when a month is final).
 */
final class MonthlyIndicators {
  private static final String LEFT_APART =
      " Les personnes sorties du RSA avant d'atteindre la fin du délai sont comptées à part.";
  private static final String APPOINTMENTS_SEEN =
      "les premiers rendez-vous d'accompagnement dont la présence est saisie (venu, excusé,"
          + " absent sans prévenir), selon la date du rendez-vous ; les rendez-vous annulés ou"
          + " déplacés n'y sont pas";
  private static final String OUTSIDE_FT =
      "les décisions d'orientation vers un autre organisme que France Travail dont la"
          + " notification est envoyée dans le mois";

  private MonthlyIndicators() {}

  static List<IndicatorDefinition> all() {
    return List.of(
        IndicatorDefinition.builder("monthly-new-subject", ORIENTATION)
            .says(
                "Nouvelles personnes soumises aux droits et devoirs",
                "Personnes entrées dans les droits et devoirs pendant le mois, selon leur date"
                    + " d'entrée dans les droits et devoirs transmise par la CAF.")
            .counts(
                Unit.PEOPLE,
                "les personnes suivies par le département",
                "les personnes dont la date d'entrée dans les droits et devoirs tombe dans le"
                    + " mois")
            .during(DURING_MONTH, Milestones.RIGHTS_AND_DUTIES)
            .by(PEOPLE)
            .source(Reference.WEBRSA_PLAN_PAUVRETE)
            .build(),
        IndicatorDefinition.builder("monthly-oriented", ORIENTATION)
            .says(
                "Premières orientations du mois",
                "Personnes orientées pour la première fois depuis leur dernière entrée dans le"
                    + " RSA, selon la date de la décision, par parcours (emploi, global, social)"
                    + " et par type d'organisme référent.")
            .counts(
                Unit.PEOPLE,
                "les personnes suivies par le département",
                "les personnes dont la première décision d'orientation tombe dans le mois")
            .during(DURING_MONTH, Milestones.FIRST_DECISION)
            .by(ORIENTED)
            .source(Reference.WEBRSA_PLAN_PAUVRETE)
            .build(),
        orientationDelay(
            "monthly-orientation-delay-from-claim",
            Milestones.CLAIM,
            "la demande de RSA",
            Reference.OARSA_T5,
            NationalAnchor.of("79", Unit.DAYS, 2023, "DREES, OARSA")
                .noting("moyenne annuelle des entrants de 2023, orientés au 31 décembre")),
        orientationDelay(
            "monthly-orientation-delay-from-rights-and-duties",
            Milestones.RIGHTS_AND_DUTIES,
            "l'entrée dans les droits et devoirs",
            Reference.DECRET_2024_1244),
        IndicatorDefinition.builder("monthly-first-appointment-delay", FIRST_APPOINTMENT)
            .says(
                "Délai entre la première orientation et le premier rendez-vous honoré",
                "Pour les personnes orientées pour la première fois dans le mois, nombre de jours"
                    + " entre la décision d'orientation et le jour du premier rendez-vous"
                    + " d'accompagnement où la personne est venue. Les parts en 15 et 30 jours"
                    + " sont celles que suivent les départements et rdv-insertion."
                    + LEFT_APART)
            .counts(
                Unit.DAYS,
                "les personnes dont la première décision d'orientation tombe dans le mois",
                "leur délai jusqu'au premier rendez-vous honoré")
            .from(Milestones.FIRST_DECISION, Milestones.FIRST_APPOINTMENT_HELD)
            .showing(Delays.ALL, Delays.THRESHOLDS)
            .during(DURING_MONTH, Milestones.FIRST_DECISION)
            .by(ORIENTED)
            .source(Reference.RDV_INSERTION)
            .build(),
        accompanimentDelay(
            "monthly-accompaniment-delay-from-claim", Milestones.CLAIM, "la demande de RSA"),
        accompanimentDelay(
            "monthly-accompaniment-delay-from-rights-and-duties",
            Milestones.RIGHTS_AND_DUTIES,
            "l'entrée dans les droits et devoirs"),
        attendance(
            "monthly-appointment-attendance-rate",
            "Taux de présence au premier rendez-vous",
            "les rendez-vous où la personne est venue",
            NationalAnchor.of("61", Unit.RATE, 2025, "rdv-insertion").noting(RDV_DENOMINATOR)),
        attendance(
            "monthly-appointment-excused-rate",
            "Taux d'absence excusée au premier rendez-vous",
            "les rendez-vous où la personne était absente et excusée"),
        attendance(
            "monthly-appointment-no-show-rate",
            "Taux d'absence sans prévenir au premier rendez-vous",
            "les rendez-vous où la personne était absente sans prévenir",
            NationalAnchor.of("10", Unit.RATE, 2025, "rdv-insertion").noting(RDV_DENOMINATOR)),
        IndicatorDefinition.builder("monthly-appointment-cancelled", FIRST_APPOINTMENT)
            .says(
                "Premiers rendez-vous annulés",
                "Premiers rendez-vous d'accompagnement annulés (par la structure, le département"
                    + " ou à la sortie du RSA), selon la date où ils étaient prévus. Ils ne sont"
                    + " pas dans les taux de présence ; ce nombre permet de refaire le calcul de"
                    + " rdv-insertion, qui les compte.")
            .counts(
                Unit.APPOINTMENTS,
                "les premiers rendez-vous d'accompagnement",
                "les rendez-vous annulés prévus dans le mois")
            .during(DURING_MONTH, Milestones.CANCELLED_APPOINTMENT_DAY)
            .by(TERRITORY, BODY_KIND, STRUCTURE)
            .source(Reference.RDV_INSERTION)
            .build(),
        IndicatorDefinition.builder("monthly-contract-within-one-month", CONTRACTS)
            .says(
                "Contrats signés dans le mois qui suit la notification de l'orientation",
                "Parmi les décisions d'orientation hors France Travail notifiées dans le mois,"
                    + " la part dont le contrat est signé par les deux parties au plus tard un"
                    + " mois après l'envoi de la notification (le même jour du mois suivant),"
                    + " délai légal depuis le 1er janvier 2025. Une réorientation notifiée fait"
                    + " repartir le mois.")
            .counts(
                Unit.RATE,
                OUTSIDE_FT,
                "les décisions dont le contrat est signé au plus tard un mois après la"
                    + " notification")
            .over(OUTSIDE_FT + ", sauf les personnes sorties du RSA avant la fin de ce mois")
            .from(Milestones.DECISION_NOTICE, Milestones.CONTRACT_AFTER_NOTICE)
            .during(DURING_MONTH, Milestones.DECISION_NOTICE)
            .by(OarsaIndicators.with(BODY_KIND, BODY_CATEGORY, PATHWAY))
            .source(Reference.DECRET_2024_1244)
            .build(),
        IndicatorDefinition.builder("monthly-contract-delay-from-notification", CONTRACTS)
            .says(
                "Délai entre la notification de l'orientation et la signature du contrat",
                "Pour les décisions d'orientation hors France Travail notifiées dans le mois,"
                    + " nombre de jours entre l'envoi de la notification et la signature du"
                    + " contrat par les deux parties."
                    + LEFT_APART)
            .counts(Unit.DAYS, OUTSIDE_FT, "leur délai de signature")
            .from(Milestones.DECISION_NOTICE, Milestones.CONTRACT_AFTER_NOTICE)
            .showing(Delays.ALL, Delays.THRESHOLDS)
            .during(DURING_MONTH, Milestones.DECISION_NOTICE)
            .by(OarsaIndicators.with(BODY_KIND, BODY_CATEGORY, PATHWAY))
            .source(Reference.DECRET_2024_1244)
            .build(),
        IndicatorDefinition.builder("monthly-contract-delay-from-orientation", CONTRACTS)
            .says(
                "Délai entre la première orientation hors France Travail et le premier contrat",
                "Pour les personnes orientées pour la première fois hors France Travail dans le"
                    + " mois, nombre de jours entre la décision d'orientation et la signature du"
                    + " premier contrat par les deux parties : le délai de l'enquête OARSA, suivi"
                    + " chaque mois."
                    + LEFT_APART)
            .counts(
                Unit.DAYS,
                "les personnes dont la première décision d'orientation hors France Travail tombe"
                    + " dans le mois",
                "leur délai de contractualisation")
            .from(Milestones.FIRST_DECISION_OUTSIDE_FRANCE_TRAVAIL, Milestones.FIRST_CONTRACT)
            .showing(Delays.ALL, Delays.THRESHOLDS)
            .during(DURING_MONTH, Milestones.FIRST_DECISION_OUTSIDE_FRANCE_TRAVAIL)
            .by(OarsaIndicators.with(BODY_KIND, BODY_CATEGORY, PATHWAY))
            .source(Reference.OARSA_T5)
            .build());
  }

  static final String RDV_DENOMINATOR =
      "dénominateur de rdv-insertion : venus, excusés, annulés et absents";

  private static IndicatorDefinition orientationDelay(
      String id, Milestone start, String startWords, Reference source, NationalAnchor... anchors) {
    return IndicatorDefinition.builder(id, ORIENTATION)
        .says(
            "Délai entre " + startWords + " et la première orientation",
            "Pour les personnes dont "
                + start.label()
                + " tombe dans le mois, nombre de jours jusqu'à leur première décision"
                + " d'orientation. Le délai légal est de six semaines (42 jours)."
                + LEFT_APART)
        .counts(
            Unit.DAYS,
            "les personnes dont " + start.label() + " tombe dans le mois",
            "leur délai d'orientation")
        .from(start, Milestones.FIRST_DECISION)
        .showing(Delays.ALL, Delays.THRESHOLDS)
        .during(DURING_MONTH, start)
        .by(ORIENTED)
        .source(source, anchors)
        .build();
  }

  private static IndicatorDefinition accompanimentDelay(
      String id, Milestone start, String startWords) {
    return IndicatorDefinition.builder(id, FIRST_APPOINTMENT)
        .says(
            "Délai entre " + startWords + " et le premier rendez-vous honoré",
            "Pour les personnes dont "
                + start.label()
                + " tombe dans le mois, nombre de jours jusqu'au premier rendez-vous"
                + " d'accompagnement où elles sont venues : le temps réel avant d'être"
                + " accompagné."
                + LEFT_APART)
        .counts(
            Unit.DAYS,
            "les personnes dont " + start.label() + " tombe dans le mois",
            "leur délai jusqu'au premier rendez-vous honoré")
        .from(start, Milestones.FIRST_APPOINTMENT_HELD)
        .showing(Delays.ALL, Delays.THRESHOLDS)
        .during(DURING_MONTH, start)
        .by(ORIENTED)
        .source(Reference.RDV_INSERTION)
        .build();
  }

  private static IndicatorDefinition attendance(
      String id, String label, String numerator, NationalAnchor... anchors) {
    return IndicatorDefinition.builder(id, FIRST_APPOINTMENT)
        .says(
            label,
            "Parmi les premiers rendez-vous d'accompagnement prévus dans le mois dont la"
                + " présence est saisie, la part où la personne est venue, absente excusée ou"
                + " absente sans prévenir (les trois taux font 100 %). Les rendez-vous annulés"
                + " n'y sont pas : rdv-insertion les compte, d'où des taux un peu plus bas.")
        .counts(Unit.RATE, APPOINTMENTS_SEEN, numerator)
        .over(APPOINTMENTS_SEEN)
        .during(DURING_MONTH, Milestones.APPOINTMENT_DAY)
        .by(OarsaIndicators.with(BODY_KIND, STRUCTURE))
        .source(Reference.RDV_INSERTION, anchors)
        .build();
  }
}
