package fr.aiguillage.contract;

/** The kinds of contract a template writes (REFERENCE §5). */
public enum ContractKind {
  /** Loi 2023-1196: art. L.5411-6 CT, L.262-34 CASF; the contract from 1 January 2025. */
  CONTRAT_ENGAGEMENT("Contrat d'engagement", "contrat-engagement"),
  /** The former contract of L.262-35 / L.262-36 CASF, for files still under it. */
  CER("Contrat d'engagements réciproques (CER)", "cer"),
  /** A short contrat d'engagement signed at the end of a collective information session. */
  SIMPLIFIE("Contrat d'engagement simplifié (session collective)", "simplifie");

  private final String label;
  private final String resourceName;

  ContractKind(String label, String resourceName) {
    this.label = label;
    this.resourceName = resourceName;
  }

  public String label() {
    return label;
  }

  /** The name of its national default under {@code fr/aiguillage/contract/}. */
  String resourceName() {
    return resourceName;
  }
}
