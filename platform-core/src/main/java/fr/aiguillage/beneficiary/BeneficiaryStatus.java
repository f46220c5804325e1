package fr.aiguillage.beneficiary;

/**
 * Where the person's file stands, summarised for lists; the orientation lifecycle itself lives in
 * the orientation context.
 */
public enum BeneficiaryStatus {
  INTAKE("Nouvel entrant"),
  TO_ORIENT("À orienter"),
  ORIENTED("Orienté"),
  ACCOMPANIED("Accompagné"),
  CLOSED("Sorti du RSA");

  private final String label;

  BeneficiaryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
