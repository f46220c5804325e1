package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;

/** The filters above the inbox; any change asks the inbox to reload. */
class InboxFilters extends HorizontalLayout {
  private final Select<StatusFilter> status = new Select<>();
  private final StructureSelect structure =
      new StructureSelect("inbox-structure", "Structure (département)", true);

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
    structure.addValueChangeListener(e -> onChange.run());
    add(status, structure);
  }

  void setStructures(List<StructureOption> structures) {
    structure.setStructures(structures);
  }

  /** The state asked for; "PENDING" by default. */
  StatusFilter status() {
    StatusFilter chosen = status.getValue();
    return chosen == null ? StatusFilter.PENDING : chosen;
  }

  /** The chosen structure, or null for all of them. */
  UUID structureId() {
    return structure.structureId();
  }
}
