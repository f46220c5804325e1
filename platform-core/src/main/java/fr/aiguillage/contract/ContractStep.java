package fr.aiguillage.contract;

/** What happened to a contract, as its history tells it. */
public enum ContractStep {
  DRAFTED("Brouillon créé"),
  EDITED("Brouillon modifié"),
  SUBMITTED("Soumis à la signature"),
  REOPENED("Repris en brouillon"),
  SIGNED_BY_REFERENT("Signé par le référent"),
  SIGNED_BY_PERSON("Signé par la personne"),
  CANCELLED("Annulé"),
  ENDED("Terminé"),
  RENEWED("Renouvelé"),
  AMENDED("Remplacé par un avenant");

  private final String label;

  ContractStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
