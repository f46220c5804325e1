package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;

/**
 * A choice among the caller's structures: as a filter, the empty choice means all of them; in a
 * form, one must be chosen.
 */
class StructureSelect extends Select<StructureOption> {
  static final String ALL = "Toutes";

  StructureSelect(String id, String label, boolean filter) {
    setId(id);
    setLabel(label);
    setMinWidth("18em");
    if (filter) {
      setEmptySelectionAllowed(true);
      setEmptySelectionCaption(ALL);
      setItemLabelGenerator(s -> s == null ? ALL : s.label());
    } else {
      setItemLabelGenerator(StructureOption::label);
      setPlaceholder("Choisissez une structure");
      setRequiredIndicatorVisible(true);
      setManualValidation(true);
      addValueChangeListener(e -> setInvalid(false));
    }
  }

  /** Offers these structures, keeping the one chosen if it is still there. */
  void setStructures(List<StructureOption> structures) {
    UUID chosen = structureId();
    setItems(structures);
    choose(chosen);
  }

  /** Chooses the structure with that id if it is offered, none otherwise. */
  void choose(UUID id) {
    StructureOption wanted =
        id == null
            ? null
            : getListDataView().getItems().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    if (wanted == null) {
      clear();
    } else {
      setValue(wanted);
    }
  }

  /** The chosen structure's id, or null. */
  UUID structureId() {
    StructureOption chosen = getValue();
    return chosen == null ? null : chosen.id();
  }
}
