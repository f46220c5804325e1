package fr.aiguillage.statistics.table;

import java.util.List;

/** A small publication as the national export would make it, for the writers' tests. */
final class Publications {
  static final String DEFINITION_T1 =
      "Personnes soumises aux droits et devoirs au 31/12 ayant un organisme référent unique, par"
          + " type d'organisme (enquête OARSA de la DREES, tableau 1).";

  private Publications() {}

  /**
   * T1 by age, the first hand-worked table of {@link SuppressionTest}: (1,1)=3 primary, (1,0),
   * (2,0), (2,1) secondary.
   */
  static StatisticalTable t1ByAge() {
    return StatisticalTable.builder("T1 — Orientés au 31/12 par âge", "oarsa-t1-age", DEFINITION_T1)
        .columns("France Travail", "Département", "Autre organisme")
        .row("Moins de 25 ans", 20, 30, 40)
        .row("25 à 29 ans", 10, 3, 25)
        .row("30 à 39 ans", 15, 12, 50)
        .withAllTotals()
        .build();
  }

  /** Mean delays: the social pathway's is over 3 people, the socio-professional's over 12. */
  static StatisticalTable delays() {
    return StatisticalTable.builder(
            "Délai moyen de la demande de RSA à l'orientation",
            "delai-demande-orientation",
            "Jours entre la date de la demande de RSA et la date de la première orientation, pour"
                + " les personnes entrées dans le RSA pendant l'année.")
        .columns("Délai moyen (jours)")
        .row("Professionnel", Cell.measure(45.24, 30))
        .row("Social", Cell.measure(80.0, 3))
        .row("Socioprofessionnel", Cell.measure(60.5, 12))
        .row("Non renseigné", Cell.measureOverNobody())
        .columnTotals(Cell.measure(53.06, 45))
        .build();
  }

  static Publication national() {
    return Publication.suppressed(
        "Orientation des bénéficiaires du RSA",
        "Année 2025 (situation au 31/12/2025)",
        "Aiguillage — Conseil départemental de la Drôme (26)",
        Suppression.standard(),
        List.of(t1ByAge(), delays()));
  }
}
