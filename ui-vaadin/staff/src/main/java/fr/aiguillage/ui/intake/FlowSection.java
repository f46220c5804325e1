package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import fr.aiguillage.intake.CafFlowSettings;

/**
 * A CNAF beneficiaries flow (XML) was chosen: no columns to map; what the département follows and
 * what the flow will do (followed, out of scope, exits), then the import.
 */
class FlowSection extends Section {
  private final Paragraph rule = new Paragraph();
  private final Button start = new Button("Importer le flux", VaadinIcon.UPLOAD.create());
  private final Button cancel = new Button("Abandonner ce fichier");

  FlowSection(SerializableRunnable onStart, SerializableRunnable onCancel) {
    setId("import-flow-section");
    H2 title = new H2("Flux des bénéficiaires de la CNAF");
    title.setId("flow-title");
    getElement().setAttribute("aria-labelledby", "flow-title");
    rule.setId("flow-rule");
    start.setId("flow-start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.setDisableOnClick(true);
    start.addClickListener(click -> onStart.run());
    cancel.setId("flow-cancel");
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    cancel.addClickListener(click -> onCancel.run());
    add(
        title,
        new Paragraph(
            "Ce fichier est un flux XML : il est lu foyer par foyer, sans correspondance de colonnes"
                + " à choisir. Rien n'est enregistré avant « "
                + start.getText()
                + " »."),
        rule,
        new Paragraph(
            "Une personne suivie dont le droit est clos (état 5 ou 6) ou qui n'est plus soumise aux"
                + " droits et devoirs sort du RSA à la date du flux : son orientation, sa demande"
                + " au partenaire, son contrat et ses rendez-vous en cours s'arrêtent. Un flux plus"
                + " ancien que le dernier importé est refusé ; le même flux deux fois ne change"
                + " rien."),
        new HorizontalLayout(start, cancel));
  }

  void show(CafFlowSettings.Saved saved) {
    rule.setText(
        "Suivis : le demandeur et le conjoint soumis aux droits et devoirs, droit dans l'état "
            + saved.states().replace(",", ", ")
            + (saved.states().contains("4")
                ? (saved.state4Reasons().isBlank()
                    ? " (en état 4, quel que soit le motif de suspension)"
                    : " (en état 4, pour les motifs " + saved.state4Reasons() + ")")
                : "")
            + ". Les enfants et autres personnes du foyer ne sont jamais suivis.");
    lock(false);
  }

  void lock(boolean locked) {
    start.setEnabled(!locked);
    cancel.setEnabled(!locked);
  }
}
