package fr.aiguillage.contract;

import java.util.List;

/** An action of the département's catalogue as the edges see it. */
public record CatalogueItem(
    String code,
    String label,
    ActionCategory category,
    String categoryLabel,
    List<String> thematiques,
    boolean active) {

  static CatalogueItem of(CatalogueAction a, boolean active) {
    return new CatalogueItem(
        a.code(), a.label(), a.category(), a.category().label(), a.thematiques(), active);
  }
}
