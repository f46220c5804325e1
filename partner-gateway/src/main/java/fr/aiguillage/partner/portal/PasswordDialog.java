package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.identity.PartnerAccounts.Credentials;

/**
 * A temporary password, shown this once after an account is opened or given a new one: in a
 * read-only field, selected when focused so that it can be copied. It is wiped from the page when
 * the dialog closes; a click outside does not close it by mistake.
 */
class PasswordDialog extends Dialog {
  private final Paragraph message = new Paragraph();
  private final TextField password = new TextField("Mot de passe provisoire");

  PasswordDialog(Runnable onClose) {
    setId("password-dialog");
    setCloseOnOutsideClick(false);
    message.setId("password-message");
    password.setId("temporary-password");
    password.setReadOnly(true);
    password.setAutoselect(true);
    password.setWidthFull();
    password.addClassName("temporary-password");
    password.setHelperText("Il ne sera plus affiché. Sélectionné, il se copie avec Ctrl+C.");
    add(message, password);
    Button done = new Button("J'ai noté le mot de passe", click -> close());
    done.setId("password-close");
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(done);
    setWidth("min(36rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            password.focus();
          } else {
            password.clear();
            onClose.run();
          }
        });
  }

  /** Shows the password of an account just opened ({@code created}) or given a new one. */
  void open(Credentials credentials, boolean created) {
    String name = AccountsGrid.name(credentials.account());
    setHeaderTitle(created ? "Compte de " + name + " ouvert" : "Nouveau mot de passe de " + name);
    message.setText(
        "Communiquez ce mot de passe provisoire à "
            + name
            + " : il lui sera demandé d'en choisir un autre à sa "
            + (created ? "première" : "prochaine")
            + " connexion. Il ne sera plus affiché.");
    password.setValue(credentials.temporaryPassword());
    open();
  }
}
