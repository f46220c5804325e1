package fr.aiguillage.contract;

/** Who carries out a planned action. */
public enum ActionParty {
  PERSON("La personne"),
  REFERENT("Le ou la référent(e)"),
  PARTNER_SERVICE("Un service partenaire");

  private final String label;

  ActionParty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
