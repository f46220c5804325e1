package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.directory.StructureSummary.ReferentView;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Under a structure's referents, for a département administrator: "Ajouter un référent", and
 * "Modifier" for the referent selected in the grid (arrows then Space select a row).
 */
class ReferentActions extends HorizontalLayout {
  static final String EDIT_HINT = "Sélectionnez un référent dans le tableau pour le modifier.";

  private final ReferentGrid grid;
  private final Button add = new Button("Ajouter un référent", VaadinIcon.PLUS.create());
  private final Button edit = new Button("Modifier", VaadinIcon.EDIT.create());
  private final Span hint = new Span(EDIT_HINT);
  private Button last = add;

  ReferentActions(ReferentGrid grid, Runnable onAdd, Consumer<ReferentView> onEdit) {
    this.grid = grid;
    setId("referent-actions");
    setAlignItems(FlexComponent.Alignment.BASELINE);
    setWrap(true);
    add.setId("referent-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickListener(
        click -> {
          last = add;
          onAdd.run();
        });
    edit.setId("referent-edit");
    edit.addClickListener(
        click ->
            selected()
                .ifPresent(
                    r -> {
                      last = edit;
                      onEdit.accept(r);
                    }));
    hint.setId("referent-edit-hint");
    hint.addClassName("secondary");
    grid.addSelectionListener(selection -> follow(selection.getFirstSelectedItem()));
    add(add, edit, hint);
    follow(Optional.empty());
  }

  /** The focus goes back to the button that opened the dialog, or to "Ajouter" if it is off. */
  void refocus() {
    (last.isEnabled() ? last : add).focus();
  }

  /** The grid got other referents: the hint only shows when there is one to select. */
  void refresh() {
    follow(selected());
  }

  private Optional<ReferentView> selected() {
    return grid.getSelectedItems().stream().findFirst();
  }

  private void follow(Optional<ReferentView> chosen) {
    edit.setEnabled(chosen.isPresent());
    edit.setAriaLabel(chosen.map(r -> "Modifier " + r.name()).orElse(null));
    hint.setVisible(chosen.isEmpty() && grid.getGenericDataView().getItems().findAny().isPresent());
  }
}
