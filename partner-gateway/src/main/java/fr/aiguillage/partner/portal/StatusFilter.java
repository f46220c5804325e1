package fr.aiguillage.partner.portal;

/** The states the inbox can show, with the words of the filter and of an empty list. */
enum StatusFilter {
  PENDING("En attente de réponse", "Aucune orientation en attente de réponse."),
  ACCEPTED("Acceptées", "Aucune orientation acceptée."),
  REFUSED("Refusées", "Aucune orientation refusée."),
  EXPIRED("Expirées", "Aucune orientation expirée."),
  WITHDRAWN("Retirées", "Aucune orientation retirée."),
  ALL("Toutes", "Aucune orientation reçue.");

  private final String label;
  private final String empty;

  StatusFilter(String label, String empty) {
    this.label = label;
    this.empty = empty;
  }

  String label() {
    return label;
  }

  String emptyText() {
    return empty;
  }
}
