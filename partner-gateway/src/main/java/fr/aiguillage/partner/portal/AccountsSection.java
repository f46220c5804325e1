package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.identity.IdentityProviderException;
import fr.aiguillage.identity.PartnerAccounts;
import fr.aiguillage.identity.PartnerAccounts.AccountChange;
import fr.aiguillage.identity.PartnerAccounts.Credentials;
import fr.aiguillage.identity.PartnerAccounts.NewAccount;
import fr.aiguillage.identity.PartnerAccounts.PartnerAccount;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.ui.kit.Notices;
import java.util.List;

/**
 * "Comptes de l'organisation": its people's accounts, and what its admin does with them — open one,
 * disable (after confirmation) or enable it, grant or take back the admin role, issue a new
 * temporary password. A temporary password is shown once, in its own dialog. The identity provider
 * may fail on its own: nothing is then recorded, and the admin is told to try again.
 */
class AccountsSection extends Section {
  static final String ID = "accounts-section";
  static final String RETRY = " Rien n'a été enregistré : réessayez.";

  private final PartnerAccounts accounts;
  private final H2 heading = new H2("Comptes de l'organisation");
  private final AccountsGrid grid =
      new AccountsGrid(this::toggleEnabled, this::toggleAdmin, this::newPassword);
  private final AccountDialog accountDialog = new AccountDialog(this::create);
  private final PasswordDialog passwordDialog = new PasswordDialog(this::focusHeading);
  private final ConfirmDialog disableConfirm = new ConfirmDialog();
  private PartnerAccount toDisable;

  AccountsSection(PartnerAccounts accounts) {
    this.accounts = accounts;
    setId(ID);
    addClassName("portal-section");
    heading.setId(ID + "-title");
    heading.getElement().setAttribute("tabindex", "-1");
    getElement().setAttribute("aria-labelledby", ID + "-title");
    Paragraph explanation =
        new Paragraph(
            "Chacun de vos collaborateurs se connecte avec son propre compte. Un compte désactivé"
                + " ne permet plus de se connecter ; il peut être réactivé. Vous ne pouvez ni"
                + " désactiver votre propre compte ni vous retirer l'administration : demandez-le"
                + " à un autre administrateur.");
    explanation.setId("accounts-explanation");
    explanation.addClassName("secondary");
    Button open =
        new Button("Ouvrir un compte", VaadinIcon.PLUS.create(), click -> accountDialog.open());
    open.setId("new-account");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    disableConfirm.setId("disable-confirm");
    disableConfirm.setCancelable(true);
    disableConfirm.setCancelText("Annuler");
    disableConfirm.setConfirmText("Désactiver");
    disableConfirm.setConfirmButtonTheme("error primary");
    disableConfirm.addConfirmListener(
        e -> {
          if (toDisable != null) {
            change(
                toDisable,
                new AccountChange(false, null),
                "Le compte de " + AccountsGrid.name(toDisable) + " est désactivé.");
          }
        });
    add(heading, explanation, open, grid, accountDialog, passwordDialog, disableConfirm);
  }

  void reload() {
    List<PartnerAccount> found;
    try {
      found = accounts.list();
    } catch (DomainException | IdentityProviderException e) {
      Notices.error(e.getMessage());
      found = List.of();
    }
    grid.setItems(found);
  }

  private void create(NewAccount input) {
    Credentials created;
    try {
      created = accounts.create(input);
    } catch (InvalidInputException e) {
      accountDialog.showErrors(e.errors());
      return;
    } catch (ConflictException e) {
      accountDialog.showErrors(List.of(new FieldError(e.field(), e.getMessage())));
      return;
    } catch (IdentityProviderException e) {
      Notices.error(e.getMessage() + RETRY);
      return;
    } catch (DomainException e) {
      accountDialog.close();
      Notices.error(e.getMessage());
      reload();
      return;
    }
    accountDialog.close();
    reload();
    passwordDialog.open(created, true);
  }

  /** Disabling asks first: the person can no longer sign in. Enabling is done at once. */
  private void toggleEnabled(PartnerAccount a) {
    String name = AccountsGrid.name(a);
    if (!a.enabled()) {
      change(a, new AccountChange(true, null), "Le compte de " + name + " est réactivé.");
      return;
    }
    toDisable = a;
    disableConfirm.setHeader("Désactiver le compte de " + name + " ?");
    disableConfirm.setText(
        name
            + " ne pourra plus se connecter au portail. Vous pourrez réactiver son compte à tout"
            + " moment.");
    disableConfirm.open();
  }

  private void toggleAdmin(PartnerAccount a) {
    String name = AccountsGrid.name(a);
    change(
        a,
        new AccountChange(null, !a.admin()),
        a.admin()
            ? name + " n'est plus administrateur de l'organisation."
            : name + " est désormais administrateur de l'organisation.");
  }

  private void change(PartnerAccount a, AccountChange change, String done) {
    try {
      accounts.change(a.id(), change);
      Notices.success(done);
    } catch (IdentityProviderException e) {
      Notices.error(e.getMessage() + RETRY);
    } catch (DomainException e) {
      Notices.error(e.getMessage());
    }
    toDisable = null;
    reload();
    focusHeading();
  }

  private void newPassword(PartnerAccount a) {
    Credentials issued;
    try {
      issued = accounts.resetPassword(a.id());
    } catch (IdentityProviderException e) {
      Notices.error(e.getMessage() + RETRY);
      return;
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      reload();
      focusHeading();
      return;
    }
    passwordDialog.open(issued, false);
  }

  /** The button pressed may be gone with the change: the focus goes to the section's heading. */
  private void focusHeading() {
    heading.getElement().callJsFunction("focus");
  }
}
