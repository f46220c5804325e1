package fr.aiguillage.vocabulary;

/** Kind of organisation (réseau porteur), as DREES groups them. */
public enum StructureKind {
  FRANCE_TRAVAIL("France Travail"),
  DEPARTEMENT("Service du département"),
  PLIE("PLIE"),
  MISSION_LOCALE("Mission locale"),
  CAP_EMPLOI("Cap emploi"),
  CCAS("CCAS / CIAS"),
  ASSOCIATION("Association");

  private final String label;

  StructureKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
