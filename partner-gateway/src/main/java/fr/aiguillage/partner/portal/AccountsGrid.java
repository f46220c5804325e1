package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import fr.aiguillage.identity.PartnerAccounts.PartnerAccount;
import java.util.function.Consumer;

/**
 * The organisation's accounts, all rows shown (an organisation has tens of them), each with what
 * its admin can do with it. The admin's own row has neither "Désactiver" nor "Retirer
 * l'administration": an organisation is never left without an admin by mistake.
 */
class AccountsGrid extends Grid<PartnerAccount> {
  static final String ADMIN = "Administrateur";
  static final String USER = "Utilisateur";

  private final Consumer<PartnerAccount> onEnabled;
  private final Consumer<PartnerAccount> onAdmin;
  private final Consumer<PartnerAccount> onPassword;

  AccountsGrid(
      Consumer<PartnerAccount> onEnabled,
      Consumer<PartnerAccount> onAdmin,
      Consumer<PartnerAccount> onPassword) {
    this.onEnabled = onEnabled;
    this.onAdmin = onAdmin;
    this.onPassword = onPassword;
    setId("accounts-grid");
    setAriaLabel("Comptes de l'organisation");
    setAllRowsVisible(true);
    setEmptyStateText("Aucun compte.");
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    addColumn(a -> a.self() ? name(a) + " (vous)" : name(a))
        .setKey("name")
        .setHeader("Nom")
        .setAutoWidth(true)
        .setFlexGrow(1);
    addColumn(PartnerAccount::username)
        .setKey("username")
        .setHeader("Identifiant")
        .setAutoWidth(true);
    addColumn(PartnerAccount::email)
        .setKey("email")
        .setHeader("Adresse électronique")
        .setWidth("12rem")
        .setFlexGrow(1);
    addColumn(a -> a.admin() ? ADMIN : USER).setKey("role").setHeader("Rôle").setAutoWidth(true);
    addComponentColumn(a -> PortalBadges.account(a.enabled()))
        .setKey("state")
        .setHeader("État")
        .setAutoWidth(true);
    addComponentColumn(this::actions)
        .setKey("actions")
        .setHeader("Actions")
        .setWidth("19rem")
        .setFlexGrow(0);
    getColumns().forEach(c -> c.setSortable(false));
  }

  /** "Claire Martin"; the username when the account has no name. */
  static String name(PartnerAccount a) {
    String first = a.firstName() == null ? "" : a.firstName().strip();
    String last = a.lastName() == null ? "" : a.lastName().strip();
    String name = (first + " " + last).strip();
    return name.isEmpty() ? a.username() : name;
  }

  private Component actions(PartnerAccount a) {
    String name = name(a);
    Div cell = new Div();
    cell.addClassName("account-actions");
    if (!a.self() || !a.enabled()) {
      cell.add(
          button(
              "account-enable-",
              a,
              a.enabled() ? "Désactiver" : "Réactiver",
              (a.enabled() ? "Désactiver le compte de " : "Réactiver le compte de ") + name,
              onEnabled));
    }
    if (!a.self() || !a.admin()) {
      cell.add(
          button(
              "account-admin-",
              a,
              a.admin() ? "Retirer l'administration" : "Nommer administrateur",
              a.admin() ? "Retirer l'administration à " + name : "Nommer administrateur : " + name,
              onAdmin));
    }
    cell.add(
        button(
            "account-password-",
            a,
            "Nouveau mot de passe",
            "Nouveau mot de passe pour " + name,
            onPassword));
    return cell;
  }

  private static Button button(
      String idPrefix,
      PartnerAccount a,
      String text,
      String ariaLabel,
      Consumer<PartnerAccount> action) {
    Button button = new Button(text, click -> action.accept(a));
    button.setId(idPrefix + a.username());
    button.setAriaLabel(ariaLabel);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }
}
