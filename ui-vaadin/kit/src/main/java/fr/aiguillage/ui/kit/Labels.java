package fr.aiguillage.ui.kit;

/** French labels of the codes that both faces show: one wording for the staff and the partners. */
public final class Labels {
  private Labels() {}

  /** The French label of a referral's status code; the code itself if unknown. */
  public static String referralStatus(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "PENDING" -> "En attente de réponse";
      case "ACCEPTED" -> "Acceptée";
      case "REFUSED" -> "Refusée";
      case "EXPIRED" -> "Expirée faute de réponse";
      case "WITHDRAWN" -> "Retirée par le département";
      default -> code;
    };
  }
}
