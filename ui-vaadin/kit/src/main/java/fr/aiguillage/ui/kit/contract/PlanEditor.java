package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.aiguillage.contract.ActionParty;
import fr.aiguillage.contract.ActionPlan;
import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.CatalogueAction;
import fr.aiguillage.contract.Objective;
import fr.aiguillage.contract.PlannedAction;
import fr.aiguillage.shared.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The action plan editor: objectives and their actions, the diagnostic's proposals beside (one
 * click adds an action under the objective of its barrier), and the planned weekly hours against
 * those the contract asks for — 15, fewer only with an exemption and its reason.
 */
class PlanEditor extends Div {
  static final String OBJECTIVE_PREFIX = "Lever le frein : ";

  private final Div objectivesBox = new Div();
  private final List<ObjectiveBlock> objectives = new ArrayList<>();
  private final ProposalsPanel proposals = new ProposalsPanel(this::addProposed);
  private final Button addObjective = new Button("Ajouter un objectif", VaadinIcon.PLUS.create());
  final IntegerField required = new IntegerField("Heures d'activité demandées par semaine");
  final TextArea exemption = new TextArea("Motif de la dispense");
  private final Paragraph total = new Paragraph();
  private final Runnable changed;
  private LocalDate defaultDue;
  private List<PlannedAction.PartnerService> services = List.of();
  private boolean editable;

  PlanEditor(Runnable changed) {
    this.changed = changed;
    setId("plan-editor");
    addClassName("contract-plan");
    H2 title = new H2("Plan d'action");
    title.setId("plan-title");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("aria-labelledby", "plan-title");
    objectivesBox.setId("plan-objectives");
    addObjective.setId("plan-add-objective");
    addObjective.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addObjective.addClickListener(e -> addObjective(new Objective("", List.of())).title.focus());
    required.setId("required-hours");
    required.setMin(0);
    required.setMax(ActionPlan.MAX_HOURS_PER_WEEK);
    required.setStepButtonsVisible(true);
    required.setWidth("18em");
    required.setValueChangeMode(ValueChangeMode.EAGER);
    required.addValueChangeListener(e -> updateTotal());
    exemption.setId("exemption-reason");
    exemption.setMaxLength(Limits.REASON);
    exemption.setWidth("min(40em, 100%)");
    exemption.setHelperText(
        "Moins de 15 heures seulement dans les cas prévus par la loi : dites pourquoi.");
    total.setId("plan-total");
    total.addClassName("plan-total");
    total.getElement().setAttribute("aria-live", "polite");
    Div plan = new Div(objectivesBox, addObjective);
    plan.addClassName("contract-plan-objectives");
    HorizontalLayout hours = new HorizontalLayout(required, exemption);
    hours.setWrap(true);
    hours.setAlignItems(FlexComponent.Alignment.BASELINE);
    Div columns = new Div(plan, proposals);
    columns.addClassName("contract-plan-columns");
    add(title, columns, hours, total);
  }

  /**
   * @param services the directory's services an action can be entrusted to
   */
  void show(
      ActionPlan plan,
      ActionProposals proposed,
      List<PlannedAction.PartnerService> services,
      LocalDate defaultDue,
      boolean editable) {
    this.defaultDue = defaultDue;
    this.services = List.copyOf(services);
    this.editable = editable;
    objectives.clear();
    objectivesBox.removeAll();
    plan.objectives().forEach(this::addObjective);
    required.setValue(plan.requiredWeeklyHours());
    exemption.setValue(plan.exemptionReason() == null ? "" : plan.exemptionReason());
    required.setReadOnly(!editable);
    exemption.setReadOnly(!editable);
    addObjective.setVisible(editable);
    proposals.setVisible(proposed != null);
    if (proposed != null) {
      proposals.show(proposed, editable);
    }
    updateTotal();
  }

  private ObjectiveBlock addObjective(Objective o) {
    ObjectiveBlock[] self = new ObjectiveBlock[1];
    self[0] =
        new ObjectiveBlock(
            o,
            defaultDue,
            services,
            this::hoursChanged,
            () -> {
              objectives.remove(self[0]);
              objectivesBox.remove(self[0]);
              renumber();
              hoursChanged();
            });
    objectives.add(self[0]);
    objectivesBox.add(self[0]);
    self[0].setEditable(editable);
    renumber();
    return self[0];
  }

  /** A proposed action, under the objective of its barrier (made if missing), for the person. */
  private void addProposed(ActionProposals.BarrierActions barrier, CatalogueAction action) {
    if (objectives.stream().anyMatch(o -> o.hasCatalogueAction(action.code()))) {
      fr.aiguillage.ui.kit.Notices.success("« " + action.label() + " » est déjà dans le plan.");
      return;
    }
    String title = OBJECTIVE_PREFIX + barrier.label();
    ObjectiveBlock target =
        objectives.stream()
            .filter(o -> o.titleText().equals(title))
            .findFirst()
            .orElseGet(() -> addObjective(new Objective(title, List.of())));
    target.append(PlannedAction.from(action, ActionParty.PERSON, null, defaultDue, 0));
    fr.aiguillage.ui.kit.Notices.success("« " + action.label() + " » ajoutée au plan.");
  }

  private void renumber() {
    for (int i = 0; i < objectives.size(); i++) {
      objectives.get(i).place(i);
    }
  }

  private void hoursChanged() {
    updateTotal();
    changed.run();
  }

  private void updateTotal() {
    int planned = objectives.stream().mapToInt(ObjectiveBlock::hoursPerWeek).sum();
    int asked = required.getValue() == null ? 0 : required.getValue();
    total.setText(ContractTexts.weeklyTotal(planned, asked));
    total.getElement().getClassList().set("plan-total-short", planned < asked);
    exemption.setRequiredIndicatorVisible(ContractTexts.exemptionNeeded(asked));
  }

  int plannedHours() {
    return objectives.stream().mapToInt(ObjectiveBlock::hoursPerWeek).sum();
  }

  /**
   * The plan as written.
   *
   * @throws fr.aiguillage.shared.InvalidInputException with every problem under its JSON path
   */
  ActionPlan plan() {
    return new ActionPlan(
        objectives.stream().map(ObjectiveBlock::objective).toList(),
        required.getValue() == null ? -1 : required.getValue(),
        exemption.getValue());
  }

  /** Its fields under their JSON names ("objectives[0].actions[1].hoursPerWeek"…). */
  Map<String, HasValidation> fields() {
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    objectives.forEach(o -> o.fields(fields));
    fields.put("requiredWeeklyHours", required);
    fields.put("exemptionReason", exemption);
    return fields;
  }
}
