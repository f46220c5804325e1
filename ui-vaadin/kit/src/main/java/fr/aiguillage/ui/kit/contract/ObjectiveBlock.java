package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.contract.Objective;
import fr.aiguillage.contract.PlannedAction;
import fr.aiguillage.shared.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An objective of the plan being written: its title and its actions, in order. */
class ObjectiveBlock extends Div {
  final TextField title = new TextField("Objectif");
  final Button remove = new Button("Retirer l'objectif", VaadinIcon.TRASH.create());
  final Button addAction = new Button("Ajouter une action", VaadinIcon.PLUS.create());
  private final H3 heading = new H3();
  private final Div actions = new Div();
  private final List<ActionRow> rows = new ArrayList<>();
  private final Runnable changed;
  private final java.time.LocalDate defaultDue;
  private final List<PlannedAction.PartnerService> services;
  private boolean editable = true;
  private int index;

  ObjectiveBlock(
      Objective o,
      java.time.LocalDate defaultDue,
      List<PlannedAction.PartnerService> services,
      Runnable changed,
      Runnable removed) {
    this.changed = changed;
    this.defaultDue = defaultDue;
    this.services = services;
    addClassName("contract-objective");
    title.setMaxLength(Limits.LABEL);
    title.setWidth("min(40em, 100%)");
    title.setValue(o.title() == null ? "" : o.title());
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.addClickListener(e -> removed.run());
    addAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addAction.addClickListener(
        e -> {
          append(
              new PlannedAction(
                  null, "", null, fr.aiguillage.contract.ActionParty.PERSON, null, defaultDue, 0));
          rows.get(rows.size() - 1).label.focus();
        });
    o.actions().forEach(this::append);
    HorizontalLayout top = new HorizontalLayout(title, remove);
    top.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    top.setWrap(true);
    add(heading, top, actions, addAction);
  }

  /** Adds an action at the end (a catalogue one is not added twice). */
  boolean append(PlannedAction action) {
    if (action.catalogueCode() != null
        && rows.stream().anyMatch(r -> action.catalogueCode().equals(r.action().catalogueCode()))) {
      return false;
    }
    ActionRow[] self = new ActionRow[1];
    self[0] =
        new ActionRow(
            action,
            services,
            changed,
            () -> {
              rows.remove(self[0]);
              actions.remove(self[0]);
              renumber();
              changed.run();
            });
    self[0].setEditable(editable);
    rows.add(self[0]);
    actions.add(self[0]);
    renumber();
    changed.run();
    return true;
  }

  boolean hasCatalogueAction(String code) {
    return rows.stream().anyMatch(r -> code.equals(r.action().catalogueCode()));
  }

  void place(int index) {
    this.index = index;
    heading.setText("Objectif " + (index + 1));
    title.setId("objective-" + index + "-title");
    remove.setId("objective-" + index + "-remove");
    remove.setAriaLabel("Retirer l'objectif " + (index + 1));
    addAction.setId("objective-" + index + "-add-action");
    addAction.setAriaLabel("Ajouter une action à l'objectif " + (index + 1));
    renumber();
  }

  private void renumber() {
    for (int j = 0; j < rows.size(); j++) {
      rows.get(j).place(index, j);
    }
  }

  int hoursPerWeek() {
    return rows.stream().mapToInt(ActionRow::hoursPerWeek).sum();
  }

  String titleText() {
    return title.getValue();
  }

  Objective objective() {
    return new Objective(title.getValue(), rows.stream().map(ActionRow::action).toList());
  }

  void fields(Map<String, HasValidation> into) {
    String path = "objectives[" + index + "]";
    into.put(path + ".title", title);
    into.put(path, title);
    into.put(path + ".actions", title);
    for (int j = 0; j < rows.size(); j++) {
      rows.get(j).fields(path + ".actions[" + j + "]", into);
    }
  }

  void setEditable(boolean editable) {
    this.editable = editable;
    title.setReadOnly(!editable);
    remove.setVisible(editable);
    addAction.setVisible(editable);
    rows.forEach(r -> r.setEditable(editable));
  }
}
