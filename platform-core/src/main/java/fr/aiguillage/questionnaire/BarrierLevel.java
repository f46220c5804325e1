package fr.aiguillage.questionnaire;

/** How much a barrier weighs on the job search (CNE: sans impact / moyen / fort). */
public enum BarrierLevel {
  NONE("Sans impact"),
  MEDIUM("Moyen"),
  STRONG("Fort");

  private final String label;

  BarrierLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
