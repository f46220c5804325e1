package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fr.aiguillage.tenancy.Territory;
import fr.aiguillage.ui.beneficiary.TerritoryOption;
import java.util.List;
import java.util.UUID;

/** The filters above the queue; any change asks the queue to reload. */
class QueueFilters extends HorizontalLayout {
  static final String ALL_TERRITORIES = "Tous les territoires";

  private final Select<TerritoryOption> territory = new Select<>();
  private final Checkbox overdueOnly = new Checkbox("Seulement les retards");

  QueueFilters(Runnable onChange) {
    setWrap(true);
    setAlignItems(FlexComponent.Alignment.BASELINE);
    getElement().setAttribute("role", "search");
    getElement().setAttribute("aria-label", "Filtrer les personnes à orienter");
    territory.setId("queue-territory");
    territory.setLabel("Territoire");
    territory.setEmptySelectionAllowed(true);
    territory.setEmptySelectionCaption(ALL_TERRITORIES);
    territory.setItemLabelGenerator(t -> t == null ? ALL_TERRITORIES : t.name());
    territory.addValueChangeListener(e -> onChange.run());
    overdueOnly.setId("queue-overdue-only");
    overdueOnly.addValueChangeListener(e -> onChange.run());
    add(territory, overdueOnly);
  }

  void setTerritories(List<Territory> territories) {
    territory.setItems(
        territories.stream().map(t -> new TerritoryOption(t.id(), t.name())).toList());
  }

  /** The chosen territory, or null for all of them. */
  UUID territoryId() {
    TerritoryOption chosen = territory.getValue();
    return chosen == null ? null : chosen.id();
  }

  boolean overdueOnly() {
    return overdueOnly.getValue();
  }
}
