package fr.aiguillage.statistics.definition;

/**
 * The thresholds every delay is shown against, side by side (DESIGN §9, REFERENCE §7.2): 15 and 30
 * days (rdv-insertion's accompaniment thresholds, before and since 2025), 42 days (six weeks, the
 * legal orientation target of décret 2024-1244), 45 days (rdv-insertion's orientation threshold). A
 * delay is within a threshold when it is at most that many days.
 */
public enum DelayThreshold {
  DAYS_15(15),
  DAYS_30(30),
  DAYS_42(42),
  DAYS_45(45);

  private final int days;

  DelayThreshold(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }

  public boolean isMet(long delayDays) {
    return delayDays <= days;
  }

  public String label() {
    return "en " + days + " jours au plus";
  }
}
