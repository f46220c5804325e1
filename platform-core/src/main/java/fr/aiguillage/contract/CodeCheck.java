package fr.aiguillage.contract;

/**
 * What checking a one-time code gave, with the French sentence the person reads.
 *
 * @param remainingAttempts the tries left after a wrong code; 0 otherwise
 */
public record CodeCheck(Outcome outcome, int remainingAttempts) {
  public enum Outcome {
    OK,
    WRONG,
    EXPIRED,
    LOCKED,
    USED
  }

  public boolean ok() {
    return outcome == Outcome.OK;
  }

  public String message() {
    return switch (outcome) {
      case OK -> "Code accepté.";
      case WRONG ->
          "Code incorrect. Il vous reste "
              + remainingAttempts
              + (remainingAttempts == 1 ? " essai." : " essais.");
      case EXPIRED -> "Ce code a expiré. Demandez un nouveau code.";
      case LOCKED -> "Trop d'essais : ce code est bloqué. Demandez un nouveau code.";
      case USED -> "Ce code a déjà servi. Demandez un nouveau code.";
    };
  }
}
