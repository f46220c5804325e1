package fr.aiguillage.ui.statistics;

/** How to read the national dashboard's charts, in French. */
final class NationalTexts {
  private NationalTexts() {}

  /** A delay chart, for the cohort of people {@code who}. */
  static String delay(String who) {
    return "Pour les personnes "
        + who
        + " : le délai moyen jusqu'à la première décision d'orientation, en jours (la moyenne que"
        + " publie la DREES), pour chaque département (lignes fines) et pour l'ensemble des"
        + " départements (ligne épaisse, moyenne sur toutes leurs personnes). Le second tableau"
        + " donne le nombre de personnes orientées sur lequel porte chaque moyenne, le troisième"
        + " la part de la cohorte orientée sous 15, 30, 42 et 45 jours pour l'ensemble des"
        + " départements (chaque département dans les téléchargements). Médiane et 90e centile"
        + " restent sur le tableau de bord de chaque département.";
  }

  /** A count chart, of {@code what}. */
  static String count(String what) {
    return "Par mois, "
        + what
        + " : l'ensemble des départements en barres, chaque département en ligne. Une case"
        + " masquée par le secret statistique n'est pas dessinée.";
  }
}
