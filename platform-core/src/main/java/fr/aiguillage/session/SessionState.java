package fr.aiguillage.session;

/**
 * Where a session stands: planned, held (the day has come), closed (its report final), cancelled.
 */
public enum SessionState {
  PLANNED("Prévue"),
  HELD("Tenue"),
  CLOSED("Clôturée"),
  CANCELLED("Annulée");

  private final String label;

  SessionState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
