package fr.aiguillage.appointment;

/** How the appointment takes place; the names are France Travail's "modalité" codes. */
public enum Modality {
  PHYSIQUE("Sur place"),
  TELEPHONE("Par téléphone"),
  VISIO("En visioconférence");

  private final String label;

  Modality(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
