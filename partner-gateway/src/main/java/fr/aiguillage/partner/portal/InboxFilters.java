package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;

/** The filters above the inbox; any change asks the inbox to reload. */
class InboxFilters extends HorizontalLayout {
  static final String ALL_STRUCTURES = "Toutes";

  private final Select<StatusFilter> status = new Select<>();
  private final Select<StructureOption> structure = new Select<>();

  InboxFilters(Runnable onChange) {
    setId("inbox-filters");
    setWrap(true);
    setAlignItems(FlexComponent.Alignment.BASELINE);
    getElement().setAttribute("role", "search");
    getElement().setAttribute("aria-label", "Filtrer les orientations reçues");
    status.setId("inbox-status");
    status.setLabel("État");
    status.setMinWidth("17em");
    status.setItems(StatusFilter.values());
    status.setItemLabelGenerator(StatusFilter::label);
    status.setValue(StatusFilter.PENDING);
    status.addValueChangeListener(e -> onChange.run());
    structure.setId("inbox-structure");
    structure.setLabel("Structure (département)");
    structure.setEmptySelectionAllowed(true);
    structure.setEmptySelectionCaption(ALL_STRUCTURES);
    structure.setItemLabelGenerator(s -> s == null ? ALL_STRUCTURES : s.label());
    structure.setMinWidth("18em");
    structure.addValueChangeListener(e -> onChange.run());
    add(status, structure);
  }

  void setStructures(List<StructureOption> structures) {
    UUID chosen = structureId();
    structure.setItems(structures);
    structures.stream()
        .filter(s -> s.id().equals(chosen))
        .findFirst()
        .ifPresent(structure::setValue);
  }

  /** The state asked for; "PENDING" by default. */
  StatusFilter status() {
    StatusFilter chosen = status.getValue();
    return chosen == null ? StatusFilter.PENDING : chosen;
  }

  /** The chosen structure, or null for all of them. */
  UUID structureId() {
    StructureOption chosen = structure.getValue();
    return chosen == null ? null : chosen.id();
  }
}
