package fr.aiguillage.statistics.definition;

import static fr.aiguillage.statistics.definition.Breakdown.AGE_BAND;
import static fr.aiguillage.statistics.definition.Breakdown.BODY_CATEGORY;
import static fr.aiguillage.statistics.definition.Breakdown.BODY_KIND;
import static fr.aiguillage.statistics.definition.Breakdown.CONTRACT_DURATION;
import static fr.aiguillage.statistics.definition.Breakdown.EDUCATION_LEVEL;
import static fr.aiguillage.statistics.definition.Breakdown.FAMILY_SITUATION;
import static fr.aiguillage.statistics.definition.Breakdown.PATHWAY;
import static fr.aiguillage.statistics.definition.Breakdown.RSA_DURATION;
import static fr.aiguillage.statistics.definition.Breakdown.SEX;
import static fr.aiguillage.statistics.definition.Breakdown.TERRITORY;
import static fr.aiguillage.statistics.definition.IndicatorFamily.OARSA;
import static fr.aiguillage.statistics.definition.PeriodKind.AT_DATE;
import static fr.aiguillage.statistics.definition.PeriodKind.DURING_YEAR;

import java.util.ArrayList;
import java.util.List;

/**
 * DREES's annual OARSA survey, tables T1 to T6 (REFERENCE §7.1), at 31 December, in DREES's
 * categories of bodies, with its five breakdowns of people. T2's France Travail column: since 1
 * January 2025 every RSA claimant and spouse is registered with France Travail when they claim (loi
 * 2023-1196), so "oriented to France Travail and registered there" is "oriented to France Travail".
 */
final class OarsaIndicators {
  static final List<Breakdown> PEOPLE =
      List.of(TERRITORY, AGE_BAND, SEX, FAMILY_SITUATION, RSA_DURATION, EDUCATION_LEVEL);
  static final List<Breakdown> ORIENTED = with(BODY_KIND, BODY_CATEGORY, PATHWAY);

  static final String SUBJECT =
      "les personnes soumises aux droits et devoirs (demandeur ou conjoint d'un foyer dont le droit"
          + " au RSA est ouvert et non suspendu) suivies par le département, sorties du RSA"
          + " exclues";
  static final String ENTRANTS =
      "les personnes entrées dans le RSA pendant l'année (date de demande de leur dernière"
          + " entrée) et soumises aux droits et devoirs au 31 décembre";
  static final String EVERY_STOCK =
      " Les sorties du RSA (flux de la CAF) ne sont plus comptées à partir de leur date de sortie.";

  private OarsaIndicators() {}

  static List<IndicatorDefinition> all() {
    return List.of(
        stock("oarsa-t1-subject", Reference.OARSA_T1, PEOPLE)
            .says(
                "Personnes soumises aux droits et devoirs",
                "Nombre de personnes soumises aux droits et devoirs (SDD) au dernier jour de la"
                    + " période : le demandeur et son conjoint, dans un foyer dont le droit au"
                    + " RSA est ouvert et non suspendu. C'est la population de toute l'enquête"
                    + " OARSA."
                    + EVERY_STOCK)
            .counts(Unit.PEOPLE, SUBJECT, "les personnes soumises aux droits et devoirs")
            .build(),
        stock("oarsa-t1-not-oriented", Reference.OARSA_T1, PEOPLE)
            .says(
                "Personnes soumises aux droits et devoirs non orientées",
                "Parmi les personnes soumises aux droits et devoirs, celles qui n'ont pas"
                    + " d'organisme référent au dernier jour de la période : jamais orientées, ou"
                    + " en attente d'une nouvelle décision après un refus, une absence de réponse"
                    + " de la structure ou une demande de réorientation.")
            .counts(
                Unit.PEOPLE,
                SUBJECT,
                "les personnes sans organisme référent (aucune décision d'orientation en vigueur)")
            .build(),
        stock("oarsa-t1-oriented", Reference.OARSA_T1, ORIENTED)
            .says(
                "Personnes soumises aux droits et devoirs orientées",
                "Parmi les personnes soumises aux droits et devoirs, celles qui ont un organisme"
                    + " référent unique au dernier jour de la période, même sans référent nommé,"
                    + " détaillées par type d'organisme (France Travail, services du département,"
                    + " autre organisme du service public de l'emploi, autre organisme) et par"
                    + " catégorie de l'enquête.")
            .counts(
                Unit.PEOPLE,
                SUBJECT,
                "les personnes dont la dernière décision d'orientation est en vigueur (décidée,"
                    + " adressée, acceptée, rendez-vous fixé ou accompagnement commencé)")
            .build(),
        stock("oarsa-t1-oriented-share", Reference.OARSA_T1, PEOPLE)
            .says(
                "Part des personnes soumises aux droits et devoirs orientées",
                "Part des personnes soumises aux droits et devoirs qui ont un organisme référent"
                    + " unique au dernier jour de la période. C'est le taux d'orientation publié"
                    + " chaque année par la DREES.")
            .counts(Unit.RATE, SUBJECT, "les personnes orientées (organisme référent en vigueur)")
            .over("les personnes soumises aux droits et devoirs")
            .source(
                Reference.OARSA_T1,
                NationalAnchor.of("86", Unit.RATE, 2023, "DREES, OARSA, publié le 19/12/2024"),
                NationalAnchor.of("83", Unit.RATE, 2018, "DREES, OARSA"))
            .build(),
        stock("oarsa-t1-body-kind-share", Reference.OARSA_T1, with(BODY_KIND))
            .says(
                "Répartition des personnes orientées par type d'organisme référent",
                "Parmi les personnes orientées au dernier jour de la période, la part orientée"
                    + " vers France Travail, vers les services du département, vers un autre"
                    + " organisme du service public de l'emploi et vers un autre organisme. La"
                    + " DREES publie les deux dernières parts ensemble.")
            .counts(Unit.RATE, SUBJECT, "les personnes orientées vers ce type d'organisme")
            .over("les personnes orientées")
            .source(
                Reference.OARSA_T1,
                NationalAnchor.of("40", Unit.RATE, 2023, "DREES, OARSA")
                    .forCell(BodyKind.FRANCE_TRAVAIL.label()),
                NationalAnchor.of("32", Unit.RATE, 2023, "DREES, OARSA")
                    .forCell(BodyKind.DEPARTEMENT.label()),
                NationalAnchor.of("28", Unit.RATE, 2023, "DREES, OARSA")
                    .forCell("Autres organismes")
                    .noting("autres organismes du SPE et hors SPE ensemble"))
            .build(),
        stock("oarsa-t2-france-travail-registered", Reference.OARSA_T2, PEOPLE)
            .says(
                "Personnes orientées vers France Travail et inscrites",
                "Personnes orientées vers France Travail et inscrites comme demandeurs d'emploi"
                    + " au dernier jour de la période. Depuis le 1er janvier 2025, tout"
                    + " demandeur du RSA et son conjoint sont inscrits à France Travail dès la"
                    + " demande : ce sont donc toutes les personnes orientées vers France"
                    + " Travail.")
            .counts(Unit.PEOPLE, SUBJECT, "les personnes orientées vers France Travail")
            .build(),
        stock("oarsa-t2-contract-valid", Reference.OARSA_T2, with(BODY_KIND, BODY_CATEGORY))
            .says(
                "Personnes orientées hors France Travail avec un contrat valide",
                "Parmi les personnes orientées vers un autre organisme que France Travail, celles"
                    + " qui ont un contrat (contrat d'engagement ou CER) signé par les deux"
                    + " parties et en cours au dernier jour de la période.")
            .counts(
                Unit.PEOPLE,
                "les personnes soumises aux droits et devoirs orientées hors France Travail",
                "les personnes dont un contrat signé couvre le dernier jour de la période (début"
                    + " au plus tard ce jour, fin au plus tôt ce jour, ni terminé ni annulé"
                    + " avant)")
            .build(),
        stock("oarsa-t2-contract-share", Reference.OARSA_T2, PEOPLE)
            .says(
                "Part des personnes orientées hors France Travail ayant un contrat valide",
                "Parmi les personnes orientées vers un autre organisme que France Travail, la"
                    + " part qui a un contrat signé en cours au dernier jour de la période.")
            .counts(
                Unit.RATE,
                "les personnes soumises aux droits et devoirs orientées hors France Travail",
                "les personnes orientées hors France Travail avec un contrat en cours")
            .over("les personnes orientées hors France Travail")
            .source(
                Reference.OARSA_T2,
                NationalAnchor.of("49", Unit.RATE, 2023, "DREES, OARSA, publié le 19/12/2024"),
                NationalAnchor.of("51", Unit.RATE, 2018, "DREES, OARSA"))
            .build(),
        stock("oarsa-t3-contracts-by-duration", Reference.OARSA_T3, with(CONTRACT_DURATION))
            .says(
                "Contrats en cours selon leur durée",
                "Contrats signés et en cours au dernier jour de la période, selon la durée"
                    + " inscrite au contrat : moins de 6 mois, de 6 mois à moins d'un an, un an"
                    + " ou plus. Un contrat qui en remplace un autre (avenant) est compté seul.")
            .counts(
                Unit.CONTRACTS,
                "les contrats signés des personnes soumises aux droits et devoirs",
                "les contrats en cours au dernier jour de la période")
            .build(),
        stock("oarsa-t4-contracts-by-action", Reference.OARSA_T4, with(Breakdown.ACTION_CATEGORY))
            .says(
                "Contrats en cours selon les catégories d'actions",
                "Contrats en cours au dernier jour de la période qui prévoient au moins une"
                    + " action de chacune des 15 catégories de la DREES. Un contrat compte une"
                    + " fois dans chaque catégorie où il a une action : les catégories ne"
                    + " s'additionnent pas.")
            .counts(
                Unit.CONTRACTS,
                "les contrats en cours au dernier jour de la période",
                "les contrats ayant au moins une action de la catégorie")
            .build(),
        entrants("oarsa-t5-entrants", PEOPLE)
            .says(
                "Entrants de l'année soumis aux droits et devoirs",
                "Personnes entrées dans le RSA pendant l'année (selon la date de demande de leur"
                    + " dernière entrée) et soumises aux droits et devoirs au 31 décembre.")
            .counts(Unit.PEOPLE, ENTRANTS, "les entrants de l'année")
            .build(),
        entrants("oarsa-t5-first-oriented", ORIENTED)
            .says(
                "Entrants de l'année orientés",
                "Parmi les entrants de l'année, ceux qui ont reçu une première orientation depuis"
                    + " leur dernière entrée dans le RSA et n'ont pas été réorientés depuis.")
            .counts(
                Unit.PEOPLE,
                ENTRANTS,
                "les entrants orientés une première fois, sans réorientation depuis")
            .build(),
        entrants("oarsa-t5-first-oriented-outside-france-travail", with(BODY_KIND, BODY_CATEGORY))
            .says(
                "Entrants de l'année orientés hors France Travail",
                "Parmi les entrants de l'année orientés une première fois, ceux dont l'organisme"
                    + " référent n'est pas France Travail.")
            .counts(
                Unit.PEOPLE,
                ENTRANTS,
                "les entrants orientés une première fois vers un autre organisme que France"
                    + " Travail")
            .build(),
        entrants("oarsa-t5-first-contract", with(BODY_KIND, BODY_CATEGORY))
            .says(
                "Entrants de l'année orientés hors France Travail avec un premier contrat",
                "Parmi les entrants de l'année orientés une première fois hors France Travail,"
                    + " ceux dont le premier contrat est signé et en cours au 31 décembre.")
            .counts(
                Unit.PEOPLE,
                ENTRANTS,
                "les entrants orientés hors France Travail dont le premier contrat est en cours")
            .build(),
        entrants("oarsa-t5-delay-claim-to-orientation", ORIENTED)
            .says(
                "Délai entre la demande de RSA et la première orientation (entrants de l'année)",
                "Pour les entrants de l'année orientés au 31 décembre, nombre de jours entre la"
                    + " date de demande du RSA de leur dernière entrée et leur première décision"
                    + " d'orientation. La DREES publie la moyenne ; la médiane, le 90e centile et"
                    + " les parts sous 15, 30, 42 et 45 jours s'y ajoutent.")
            .counts(Unit.DAYS, ENTRANTS + ", orientées au 31 décembre", "leur délai d'orientation")
            .from(Milestones.CLAIM, Milestones.FIRST_DECISION)
            .showing(Delays.ALL, Delays.THRESHOLDS)
            .source(
                Reference.OARSA_T5,
                NationalAnchor.of("79", Unit.DAYS, 2023, "DREES, OARSA, publié le 19/12/2024"),
                NationalAnchor.of("95", Unit.DAYS, 2018, "DREES, OARSA"),
                NationalAnchor.of("94", Unit.DAYS, 2017, "DREES, OARSA"))
            .build(),
        entrants("oarsa-t5-delay-orientation-to-contract", with(BODY_KIND, BODY_CATEGORY))
            .says(
                "Délai entre la première orientation hors France Travail et le premier contrat",
                "Pour les entrants de l'année orientés hors France Travail dont le premier"
                    + " contrat est signé au 31 décembre, nombre de jours entre la première"
                    + " décision d'orientation et la signature de ce contrat par les deux"
                    + " parties.")
            .counts(
                Unit.DAYS,
                ENTRANTS
                    + ", orientées hors France Travail et dont le premier contrat est signé au 31"
                    + " décembre",
                "leur délai de contractualisation")
            .from(Milestones.FIRST_DECISION_OUTSIDE_FRANCE_TRAVAIL, Milestones.FIRST_CONTRACT)
            .showing(Delays.ALL, Delays.THRESHOLDS)
            .source(
                Reference.OARSA_T5,
                NationalAnchor.of("57", Unit.DAYS, 2017, "DREES, OARSA")
                    .noting("dernière valeur nationale trouvée, celle de 2023 n'est pas publiée"))
            .build(),
        reoriented("oarsa-t6-reoriented-spe-to-non-spe", true),
        reoriented("oarsa-t6-reoriented-non-spe-to-spe", false));
  }

  private static IndicatorDefinition reoriented(String id, boolean towardsNonSpe) {
    String spe = "du service public de l'emploi (SPE)";
    String nonSpe = "hors du service public de l'emploi";
    String from = towardsNonSpe ? spe : nonSpe;
    String to = towardsNonSpe ? nonSpe : spe;
    return IndicatorDefinition.builder(id, OARSA)
        .says(
            "Réorientations d'un organisme " + from + " vers un organisme " + to,
            "Personnes réorientées pendant l'année d'un organisme "
                + from
                + " vers un organisme "
                + to
                + ". France Travail fait partie du SPE, les services du département non. Une"
                + " personne compte une fois, selon son dernier changement de l'année ; un"
                + " changement entre deux organismes du même côté ne compte pas.")
        .counts(
            Unit.PEOPLE,
            "les personnes soumises aux droits et devoirs réorientées pendant l'année",
            "les personnes dont le dernier changement de côté de l'année va d'un organisme "
                + from
                + " vers un organisme "
                + to)
        .during(DURING_YEAR, Milestones.REORIENTATION)
        .by(PEOPLE)
        .source(Reference.OARSA_T6)
        .build();
  }

  private static IndicatorDefinition.Builder stock(
      String id, Reference source, List<Breakdown> breakdowns) {
    return IndicatorDefinition.builder(id, OARSA).at(AT_DATE).by(breakdowns).source(source);
  }

  private static IndicatorDefinition.Builder entrants(String id, List<Breakdown> breakdowns) {
    return IndicatorDefinition.builder(id, OARSA)
        .during(DURING_YEAR, Milestones.CLAIM)
        .by(breakdowns)
        .source(Reference.OARSA_T5);
  }

  static List<Breakdown> with(Breakdown... more) {
    List<Breakdown> all = new ArrayList<>(PEOPLE);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
