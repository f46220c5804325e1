package fr.aiguillage.ui.beneficiary;

import fr.aiguillage.tenancy.Territory;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A territory as a choice in a list: entities stay out of the UI's session. */
public record TerritoryOption(UUID id, String name) implements Serializable {

  static List<TerritoryOption> of(List<Territory> territories) {
    return territories.stream().map(t -> new TerritoryOption(t.id(), t.name())).toList();
  }
}
