package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.aiguillage.orientation.PartnerReferrals.ReferentChoice;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Accepting a referral: the partner names the referent who will follow the person. The view calls
 * the service, then closes the dialog or brings the refusal back onto the field.
 */
class AcceptDialog extends Dialog {
  private final Select<ChoiceOption> referent = new Select<>();
  private final Paragraph none =
      new Paragraph(
          "Aucun référent n'est enregistré pour cette structure : le département doit d'abord en"
              + " ajouter un dans son annuaire.");
  private final Paragraph alert = FieldErrors.alert("accept-errors", "portal-alert");

  AcceptDialog(Consumer<UUID> onConfirm) {
    setId("accept-dialog");
    setHeaderTitle("Accepter l'orientation");
    referent.setId("accept-referent");
    referent.setLabel("Référent qui suivra la personne");
    referent.setItemLabelGenerator(ChoiceOption::label);
    referent.setRequiredIndicatorVisible(true);
    referent.setManualValidation(true);
    referent.setPlaceholder("Choisissez un référent");
    referent.setWidthFull();
    referent.addValueChangeListener(e -> referent.setInvalid(false));
    none.setId("accept-no-referent");
    none.addClassName("portal-alert");
    Paragraph explanation =
        new Paragraph(
            "En acceptant, votre structure prend en charge l'accompagnement de la personne ; le"
                + " département en est informé. Le nombre de personnes déjà suivies par chaque"
                + " référent est indiqué sur sa capacité.");
    add(explanation, alert, none, referent);
    Button confirm =
        new Button(
            "Confirmer l'acceptation",
            click -> {
              ChoiceOption chosen = referent.getValue();
              onConfirm.accept(chosen == null ? null : UUID.fromString(chosen.value()));
            });
    confirm.setId("accept-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("accept-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(40rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            referent.focus();
          }
        });
  }

  /** Opens the dialog with the structure's referents, nothing chosen. */
  void open(List<ReferentChoice> referents) {
    referent.setItems(
        referents.stream()
            .map(
                r ->
                    new ChoiceOption(
                        r.id().toString(),
                        PortalTexts.referent(r.name(), r.currentCaseload(), r.maxCaseload())))
            .toList());
    referent.clear();
    none.setVisible(referents.isEmpty());
    FieldErrors.clear(alert, Map.of("referentId", referent));
    open();
  }

  void showErrors(List<FieldError> errors) {
    FieldErrors.show(
        errors, alert, Map.of("referentId", referent), "L'acceptation n'a pas été enregistrée");
  }
}
