package fr.aiguillage.statistics.definition;

/** The established figure an indicator reproduces or follows (REFERENCE §4, §7). */
public enum Reference {
  OARSA_T1("DREES, enquête OARSA, tableau 1"),
  OARSA_T2("DREES, enquête OARSA, tableau 2"),
  OARSA_T3("DREES, enquête OARSA, tableau 3"),
  OARSA_T4("DREES, enquête OARSA, tableau 4"),
  OARSA_T5("DREES, enquête OARSA, tableau 5"),
  OARSA_T6("DREES, enquête OARSA, tableau 6"),
  WEBRSA_PLAN_PAUVRETE("WebRSA, indicateurs mensuels du plan pauvreté"),
  RDV_INSERTION("rdv-insertion, statistiques publiques"),
  DECRET_2024_1244("Décret n° 2024-1244 du 30 décembre 2024 (délais d'orientation et de contrat)"),
  AIGUILLAGE("Aiguillage (suivi propre au département)");

  private final String label;

  Reference(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
