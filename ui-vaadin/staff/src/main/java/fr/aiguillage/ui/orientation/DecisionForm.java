package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.vocabulary.Pathway;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The agent's decision: the pathway (the proposal preselected), the structure (suggested ones
 * first), maybe the referent, and a reason when the pathway differs from the proposal. A plain
 * form: it hands a {@link Decision} to the panel and shows the refusals it is given.
 */
class DecisionForm extends Div {
  private final Select<Pathway> pathway = new Select<>();
  private final Select<StructureChoice> structure = new Select<>();
  private final Select<ReferentChoice> referent = new Select<>();
  private final TextArea reason = new TextArea();
  private final Button decide = new Button("Décider");
  private final Div errors = new Div();
  private final Map<String, HasValidation> fields =
      Map.of(
          "pathway", pathway, "structureId", structure, "referentId", referent, "reason", reason);
  private StructureChoices choices = StructureChoices.none();
  private Pathway proposed;

  DecisionForm(Consumer<Decision> onDecide) {
    setId("decision-form");
    addClassName("orientation-block");
    H3 title = new H3("Décider de l'orientation");
    title.setId("decision-title");
    getElement().setAttribute("role", "group");
    getElement().setAttribute("aria-labelledby", "decision-title");
    pathway.setId("decision-pathway");
    pathway.setLabel("Parcours");
    pathway.setItems(Pathway.values());
    pathway.setItemLabelGenerator(p -> p == null ? "" : p.label());
    pathway.setRequiredIndicatorVisible(true);
    pathway.addValueChangeListener(change -> pathwayChosen(change.getValue()));
    structure.setId("decision-structure");
    structure.setLabel("Structure référente");
    structure.setItemLabelGenerator(s -> s == null ? "" : s.label());
    structure.setRequiredIndicatorVisible(true);
    structure.setHelperText(
        "Les structures suggérées pour la proposition (territoire de la personne, places"
            + " restantes) viennent en premier.");
    structure.addValueChangeListener(change -> structureChosen(change.getValue()));
    referent.setId("decision-referent");
    referent.setLabel("Référent (facultatif)");
    referent.setEmptySelectionAllowed(true);
    referent.setEmptySelectionCaption("Pas encore désigné");
    referent.setItemLabelGenerator(r -> r == null ? "Pas encore désigné" : r.label());
    reason.setId("decision-reason");
    reason.setLabel("Motif du choix d'un autre parcours que celui proposé");
    reason.setRequiredIndicatorVisible(true);
    reason.setMaxLength(2000);
    reason.setWidthFull();
    errors.setId("decision-errors");
    errors.getElement().setAttribute("role", "alert");
    decide.setId("decide");
    decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    decide.addClickListener(click -> onDecide.accept(decision()));
    for (HasValidation field : fields.values()) {
      field.setManualValidation(true);
    }
    pathway.setWidth("min(32rem, 100%)");
    structure.setWidth("min(40rem, 100%)");
    referent.setWidth("min(32rem, 100%)");
    add(title, errors, pathway, structure, referent, reason, decide);
  }

  /** Starts over from the proposal ({@code proposed} may be null) with these structures. */
  void show(Pathway proposed, StructureChoices choices) {
    this.proposed = proposed;
    this.choices = choices;
    clearErrors();
    reason.clear();
    pathway.setHelperText(
        proposed == null
            ? "Pas de proposition des critères : expliquez votre choix."
            : "Proposé par les critères : " + proposed.label() + ".");
    if (Objects.equals(pathway.getValue(), proposed)) {
      pathwayChosen(proposed); // no change event: refresh the structures anyway
    } else {
      pathway.setValue(proposed);
    }
  }

  /** Marks the refused fields; returns the messages that belong to none of them. */
  List<String> showErrors(List<FieldError> refusals) {
    clearErrors();
    List<String> unplaced = FieldErrors.place(refusals, this::shownField);
    errors.setText(
        FieldErrors.summary(
            "La décision n'a pas été enregistrée", refusals.size() - unplaced.size(), unplaced));
    errors.addClassName("orientation-alert");
    return unplaced;
  }

  private HasValidation shownField(String name) {
    HasValidation field = fields.get(name);
    return field != null && ((Component) field).isVisible() ? field : null;
  }

  void clearErrors() {
    fields.values().forEach(f -> f.setInvalid(false));
    errors.setText("");
    errors.removeClassName("orientation-alert");
  }

  private void pathwayChosen(Pathway chosen) {
    boolean differs = chosen == null || proposed == null || chosen != proposed;
    reason.setVisible(differs);
    List<StructureChoice> taking = choices.taking(chosen);
    structure.setItems(taking);
    structure.setPlaceholder(
        chosen == null
            ? "Choisissez d'abord le parcours"
            : taking.isEmpty() ? "Aucune structure de l'annuaire ne prend ce parcours" : "");
    structure.setValue(StructureChoices.preferred(taking).orElse(null));
    structureChosen(structure.getValue());
  }

  private void structureChosen(StructureChoice chosen) {
    List<ReferentChoice> people = chosen == null ? List.of() : chosen.referents();
    referent.setItems(people);
    referent.setValue(null);
    referent.setHelperText(
        chosen != null && people.isEmpty()
            ? "Aucun référent de cette structure pour ce parcours."
            : "");
  }

  private Decision decision() {
    StructureChoice s = structure.getValue();
    ReferentChoice r = referent.getValue();
    return new Decision(
        pathway.getValue(),
        s == null ? null : s.id(),
        r == null ? null : r.id(),
        reason.isVisible() ? reason.getValue() : null);
  }
}
