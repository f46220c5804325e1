package fr.aiguillage.contract;

/**
 * Where a person's contract stands against its deadline, for the referent's and the coordinator's
 * queues.
 *
 * @param daysLate days past the due date, for {@link Kind#OVERDUE}; 0 otherwise
 */
public record DeadlineStatus(Kind kind, long daysLate) {
  public enum Kind {
    TO_WRITE,
    TO_SIGN,
    OVERDUE,
    DONE
  }

  public String label() {
    return switch (kind) {
      case TO_WRITE -> "À rédiger";
      case TO_SIGN -> "À signer";
      case OVERDUE -> "En retard de " + daysLate + (daysLate == 1 ? " jour" : " jours");
      case DONE -> "Signé";
    };
  }
}
