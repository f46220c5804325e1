package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.contract.ActionCategory;
import fr.aiguillage.contract.ActionParty;
import fr.aiguillage.contract.ActionPlan;
import fr.aiguillage.contract.PlannedAction;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.ui.kit.FrenchDates;
import java.util.Map;

/**
 * One action of the plan being written: what, its DREES category, who does it, by when and how many
 * hours a week. A partner service chosen earlier (through the API) is kept as it is.
 */
class ActionRow extends HorizontalLayout {
  final TextField label = new TextField("Action");
  final Select<ActionCategory> category = new Select<>();
  final Select<ActionParty> who = new Select<>();
  final DatePicker dueBy = FrenchDates.checkedByForm("Échéance");
  final IntegerField hours = new IntegerField("Heures par semaine");
  final Button remove = new Button(VaadinIcon.TRASH.create());
  private final String catalogueCode;
  private final PlannedAction.PartnerService partner;

  ActionRow(PlannedAction action, Runnable hoursChanged, Runnable removed) {
    catalogueCode = action.catalogueCode();
    partner = action.partner();
    addClassName("contract-action-row");
    setAlignItems(FlexComponent.Alignment.BASELINE);
    setWrap(true);
    label.setMaxLength(Limits.LABEL);
    label.setWidthFull();
    label.setValue(action.label() == null ? "" : action.label());
    category.setLabel("Catégorie");
    category.setItems(ActionCategory.values());
    category.setItemLabelGenerator(ActionCategory::label);
    category.setValue(action.category());
    who.setLabel("Qui");
    who.setItems(ActionParty.values());
    who.setItemLabelGenerator(ActionParty::label);
    who.setValue(action.who());
    dueBy.setValue(action.dueBy());
    hours.setMin(0);
    hours.setMax(ActionPlan.MAX_HOURS_PER_WEEK);
    hours.setStepButtonsVisible(true);
    hours.setWidth("10em");
    hours.setValue(action.hoursPerWeek());
    hours.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
    hours.addValueChangeListener(e -> hoursChanged.run());
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.addClickListener(e -> removed.run());
    add(label, category, who, dueBy, hours, remove);
  }

  /** Ids and names for the row at this place ("action-0-2-…", "objectives[0].actions[2].…"). */
  void place(int objective, int index) {
    String id = "action-" + objective + "-" + index;
    label.setId(id + "-label");
    category.setId(id + "-category");
    who.setId(id + "-who");
    dueBy.setId(id + "-due");
    hours.setId(id + "-hours");
    remove.setId(id + "-remove");
    remove.setAriaLabel(
        "Retirer l'action "
            + (index + 1)
            + " de l'objectif "
            + (objective + 1)
            + (label.getValue().isBlank() ? "" : " : " + label.getValue()));
  }

  int hoursPerWeek() {
    Integer h = hours.getValue();
    return h == null ? 0 : h;
  }

  PlannedAction action() {
    ActionParty party = who.getValue();
    return new PlannedAction(
        catalogueCode,
        label.getValue(),
        category.getValue(),
        party,
        party == ActionParty.PARTNER_SERVICE ? partner : null,
        dueBy.getValue(),
        hoursPerWeek());
  }

  /** Its fields under their JSON names, after {@code path} ("objectives[0].actions[2]"). */
  void fields(String path, Map<String, HasValidation> into) {
    into.put(path + ".label", label);
    into.put(path + ".category", category);
    into.put(path + ".who", who);
    into.put(path + ".partner", who);
    into.put(path + ".dueBy", dueBy);
    into.put(path + ".hoursPerWeek", hours);
    into.put(path, label);
  }

  void setEditable(boolean editable) {
    label.setReadOnly(!editable);
    category.setReadOnly(!editable);
    who.setReadOnly(!editable);
    dueBy.setReadOnly(!editable);
    hours.setReadOnly(!editable);
    remove.setVisible(editable);
  }
}
