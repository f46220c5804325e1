package fr.aiguillage.beneficiary;

public enum Civility {
  MADAME("Madame"),
  MONSIEUR("Monsieur");

  private final String label;

  Civility(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
