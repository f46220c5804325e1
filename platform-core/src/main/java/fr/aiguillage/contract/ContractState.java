package fr.aiguillage.contract;

/**
 * Where a contract stands (DESIGN §12). {@link #REVIEW_DUE} is never stored: a signed contract is
 * read as review due from its review date on ({@link Contract#stateOn}).
 */
public enum ContractState {
  DRAFT("Brouillon"),
  TO_SIGN("À signer"),
  SIGNED("Signé"),
  REVIEW_DUE("Bilan à faire"),
  ENDED("Terminé"),
  RENEWED("Renouvelé"),
  CANCELLED("Annulé");

  private final String label;

  ContractState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the contract was signed by both parties (whatever happened to it since). */
  public boolean signed() {
    return this == SIGNED || this == REVIEW_DUE || this == ENDED || this == RENEWED;
  }
}
