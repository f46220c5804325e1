package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.intake.CafFlowSettings;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Notices;
import java.util.Map;

/**
 * How the département reads the CNAF's flow (coordinators and administrators): the states of the
 * right it follows, the suspension reasons kept in state 4, and element names for a file named
 * otherwise (the MSA's, unverified). Refusals on their fields.
 */
class FlowRuleForm extends Details {
  private final CafFlowSettings settings;
  private final TextField states = new TextField("États du droit suivis");
  private final TextField reasons = new TextField("Motifs de suspension suivis en état 4");
  private final TextArea names = new TextArea("Noms d'éléments remplacés (une ligne CLÉ=NOM)");
  private final Paragraph alert = FieldErrors.alert("flow-rule-alert", "import-alert-text");

  FlowRuleForm(CafFlowSettings settings) {
    this.settings = settings;
    setId("flow-rule-form");
    setSummaryText("Lecture du flux de la CNAF");
    states.setId("flow-rule-states");
    states.setHelperText(
        "De 0 à 4, séparés par des virgules (par défaut 2, 3, 4 comme WebRSA). Un droit clos (5,"
            + " 6) fait toujours sortir la personne.");
    states.setMaxLength(20);
    states.setManualValidation(true);
    reasons.setId("flow-rule-reasons");
    reasons.setHelperText("Ex. 05, 44, 70 ; vide : tous les motifs.");
    reasons.setMaxLength(200);
    reasons.setManualValidation(true);
    names.setId("flow-rule-names");
    names.setHelperText(
        "Pour un fichier dont les éléments portent d'autres noms (MSA : non vérifié), ex."
            + " MATRICULE=NUMALLOC. Vide : les noms de la CAF.");
    names.setMaxLength(4000);
    names.setManualValidation(true);
    names.setWidthFull();
    Button save = new Button("Enregistrer la lecture du flux", e -> save());
    save.setId("flow-rule-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new Div(states, reasons), names, alert, save);
  }

  void show() {
    CafFlowSettings.Saved s = settings.get();
    states.setValue(s.states());
    reasons.setValue(s.state4Reasons());
    names.setValue(s.elementNames() == null ? "" : s.elementNames());
  }

  private void save() {
    Map<String, com.vaadin.flow.component.HasValidation> fields =
        Map.of("states", states, "state4Reasons", reasons, "noms", names, "elementNames", names);
    try {
      settings.save(states.getValue(), reasons.getValue(), names.getValue());
      FieldErrors.clear(alert, fields);
      Notices.success("Lecture du flux enregistrée");
      show();
    } catch (InvalidInputException e) {
      FieldErrors.show(e.errors(), alert, fields, "La lecture du flux n'est pas enregistrée");
    }
  }
}
