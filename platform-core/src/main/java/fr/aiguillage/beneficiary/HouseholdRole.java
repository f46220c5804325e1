package fr.aiguillage.beneficiary;

/**
 * Role in the RSA household (CAF codes DEM and CJT): only these two are bound by rights and duties.
 */
public enum HouseholdRole {
  CLAIMANT("DEM", "Demandeur"),
  PARTNER("CJT", "Conjoint");

  private final String cafCode;
  private final String label;

  HouseholdRole(String cafCode, String label) {
    this.cafCode = cafCode;
    this.label = label;
  }

  public String cafCode() {
    return cafCode;
  }

  public String label() {
    return label;
  }
}
