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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One action of the plan being written: what, its DREES category, who does it, by when and how many
 * hours a week; entrusted to a partner service, which one, from the département's directory.
 */
class ActionRow extends HorizontalLayout {
  final TextField label = new TextField("Action");
  final Select<ActionCategory> category = new Select<>();
  final Select<ActionParty> who = new Select<>();
  final Select<PlannedAction.PartnerService> service = new Select<>();
  final DatePicker dueBy = FrenchDates.checkedByForm("Échéance");
  final IntegerField hours = new IntegerField("Heures par semaine");
  final Button remove = new Button(VaadinIcon.TRASH.create());
  private final String catalogueCode;

  ActionRow(
      PlannedAction action,
      List<PlannedAction.PartnerService> services,
      Runnable hoursChanged,
      Runnable removed) {
    catalogueCode = action.catalogueCode();
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
    service.setLabel("Service partenaire");
    service.setItemLabelGenerator(PlannedAction.PartnerService::name);
    service.setEmptySelectionAllowed(false);
    List<PlannedAction.PartnerService> choices = new ArrayList<>(services);
    PlannedAction.PartnerService kept = action.partner();
    if (kept != null && choices.stream().noneMatch(s -> s.id().equals(kept.id()))) {
      choices.add(0, kept); // chosen earlier, kept as the signed document named it
    }
    service.setItems(choices);
    if (kept != null) {
      choices.stream()
          .filter(s -> s.id().equals(kept.id()))
          .findFirst()
          .ifPresent(service::setValue);
    }
    service.setVisible(action.who() == ActionParty.PARTNER_SERVICE);
    who.addValueChangeListener(
        e -> service.setVisible(e.getValue() == ActionParty.PARTNER_SERVICE));
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
    add(label, category, who, service, dueBy, hours, remove);
  }

  /** Ids and names for the row at this place ("action-0-2-…", "objectives[0].actions[2].…"). */
  void place(int objective, int index) {
    String id = "action-" + objective + "-" + index;
    label.setId(id + "-label");
    category.setId(id + "-category");
    who.setId(id + "-who");
    service.setId(id + "-service");
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
        party == ActionParty.PARTNER_SERVICE ? service.getValue() : null,
        dueBy.getValue(),
        hoursPerWeek());
  }

  /** Its fields under their JSON names, after {@code path} ("objectives[0].actions[2]"). */
  void fields(String path, Map<String, HasValidation> into) {
    into.put(path + ".label", label);
    into.put(path + ".category", category);
    into.put(path + ".who", who);
    into.put(path + ".partner", service);
    into.put(path + ".dueBy", dueBy);
    into.put(path + ".hoursPerWeek", hours);
    into.put(path, label);
  }

  void setEditable(boolean editable) {
    label.setReadOnly(!editable);
    category.setReadOnly(!editable);
    who.setReadOnly(!editable);
    service.setReadOnly(!editable);
    dueBy.setReadOnly(!editable);
    hours.setReadOnly(!editable);
    remove.setVisible(editable);
  }
}
