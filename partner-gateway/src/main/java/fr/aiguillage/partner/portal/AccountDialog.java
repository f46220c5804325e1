package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.identity.PartnerAccounts.NewAccount;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opening an account for one of the organisation's people: name, username, address and whether they
 * administer the organisation too. The section calls the service, then closes the dialog or brings
 * the refusals (an invalid field, a username or address already taken) back onto the fields.
 */
class AccountDialog extends Dialog {
  private final TextField firstName = new TextField("Prénom");
  private final TextField lastName = new TextField("Nom");
  private final EmailField email = new EmailField("Adresse électronique");
  private final TextField username = new TextField("Identifiant");
  private final Checkbox admin = new Checkbox("Administrateur de l'organisation");
  private final Paragraph alert = FieldErrors.alert("account-alert", "portal-alert");
  private final Map<String, HasValidation> fields;

  AccountDialog(Consumer<NewAccount> onConfirm) {
    setId("account-dialog");
    setHeaderTitle("Ouvrir un compte");
    fields =
        Map.of(
            "firstName", firstName,
            "lastName", lastName,
            "email", email,
            "username", username,
            "admin", admin);
    field(firstName, "account-first-name", 100);
    field(lastName, "account-last-name", 100);
    field(username, "account-username", 40);
    username.setHelperText(
        "De 3 à 40 caractères : lettres minuscules sans accent, chiffres, point, tiret ou"
            + " souligné. La personne s'en servira pour se connecter.");
    email.setId("account-email");
    email.setMaxLength(254);
    email.setRequiredIndicatorVisible(true);
    email.setManualValidation(true);
    email.setHelperText("Par exemple nom@structure.fr");
    email.addValueChangeListener(e -> email.setInvalid(false));
    admin.setId("account-admin");
    admin.addValueChangeListener(e -> admin.setInvalid(false));
    FormLayout form = new FormLayout(firstName, lastName, email, username);
    form.add(admin, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    Paragraph explanation =
        new Paragraph(
            "Un mot de passe provisoire vous sera montré une seule fois, à communiquer à la"
                + " personne. Un administrateur gère aussi les comptes, les motifs de refus et la"
                + " réception des événements.");
    explanation.addClassName("secondary");
    add(explanation, alert, form);
    Button confirm =
        new Button(
            "Ouvrir le compte",
            click ->
                onConfirm.accept(
                    new NewAccount(
                        username.getValue(),
                        firstName.getValue(),
                        lastName.getValue(),
                        email.getValue(),
                        admin.getValue())));
    confirm.setId("account-save");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("account-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(40rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            firstName.focus();
          }
        });
  }

  /** Opens the dialog, every field empty, as a simple user. */
  @Override
  public void open() {
    firstName.clear();
    lastName.clear();
    email.clear();
    username.clear();
    admin.setValue(false);
    FieldErrors.clear(alert, fields);
    super.open();
  }

  void showErrors(List<FieldError> errors) {
    FieldErrors.show(errors, alert, fields, "Le compte n'a pas été ouvert");
  }

  private static void field(TextField field, String id, int maxLength) {
    field.setId(id);
    field.setMaxLength(maxLength);
    field.setRequiredIndicatorVisible(true);
    field.setManualValidation(true);
    field.addValueChangeListener(e -> field.setInvalid(false));
  }
}
