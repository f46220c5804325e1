package fr.aiguillage.session;

/** How a person was checked in at the door. */
public enum Attendance {
  PRESENT("Présent(e)"),
  LATE("En retard"),
  EXCUSED("Excusé(e)"),
  ABSENT("Absent(e)");

  private final String label;

  Attendance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the person is in the room (on time or late). */
  public boolean came() {
    return this == PRESENT || this == LATE;
  }
}
