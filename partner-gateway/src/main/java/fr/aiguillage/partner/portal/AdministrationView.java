package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.identity.PartnerAccounts;
import fr.aiguillage.orientation.PartnerReferrals;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.webhook.PartnerWebhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * "Administration": what the organisation's admin sets for all its people — their accounts, the
 * reasons offered when refusing a referral, and the address its events are posted to. Each section
 * loads and saves on its own: one failing service leaves the others usable.
 */
@Dependent
@Route(value = AdministrationView.ROUTE, layout = PortalLayout.class)
@PageTitle("Administration — Aiguillage")
@RolesAllowed(Roles.PARTNER_ADMIN)
public class AdministrationView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "partenaires/administration";

  private final AccountsSection accounts;
  private final ReasonsSection reasons;
  private final WebhookSection webhook;

  @Inject
  public AdministrationView(
      PartnerAccounts accounts, PartnerReferrals referrals, PartnerWebhooks webhooks) {
    this.accounts = new AccountsSection(accounts);
    this.reasons = new ReasonsSection(referrals);
    this.webhook = new WebhookSection(webhooks);
    setId("partner-administration");
    H1 title = PageHeading.title("Administration de l'organisation");
    Paragraph explanation =
        PageHeading.explanation(
            "administration-explanation",
            "Les réglages de votre organisation, réservés à ses administrateurs : les comptes de"
                + " vos collaborateurs, les motifs proposés pour refuser une orientation et"
                + " l'adresse où vos systèmes reçoivent les événements.");
    explanation.addClassName("secondary");
    add(title, explanation, this.accounts, this.reasons, this.webhook);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    accounts.reload();
    reasons.reload();
    webhook.reload();
  }
}
