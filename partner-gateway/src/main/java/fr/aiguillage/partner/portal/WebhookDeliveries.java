package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.webhook.PartnerWebhooks;
import fr.aiguillage.webhook.PartnerWebhooks.Delivery;
import java.util.List;
import java.util.UUID;

/**
 * What became of the events sent to the organisation: the latest deliveries, then those given up
 * after the last attempt, which the admin puts back in the queue one by one or all at once.
 */
class WebhookDeliveries extends Div {
  static final int MAX = 50;

  private final PartnerWebhooks webhooks;
  private final DeliveriesGrid recent =
      new DeliveriesGrid(
          "deliveries-grid",
          "Derniers envois, du plus récent au plus ancien",
          "Aucun envoi pour l'instant.",
          null);
  private final DeliveriesGrid dead =
      new DeliveriesGrid(
          "dead-letters-grid",
          "Envois abandonnés, du plus récent au plus ancien",
          "Aucun envoi abandonné.",
          d -> replay(d.id()));
  private final H3 deadHeading = new H3("Envois abandonnés");
  private final Button replayAll = new Button("Tout renvoyer", VaadinIcon.REFRESH.create());

  WebhookDeliveries(PartnerWebhooks webhooks) {
    this.webhooks = webhooks;
    setId("webhook-deliveries");
    H3 recentHeading = new H3("Derniers envois");
    recentHeading.setId("deliveries-title");
    Paragraph recentHelp =
        new Paragraph("Les " + MAX + " derniers événements envoyés, quel que soit leur état.");
    recentHelp.addClassName("secondary");
    deadHeading.setId("dead-letters-title");
    deadHeading.getElement().setAttribute("tabindex", "-1");
    Paragraph deadHelp =
        new Paragraph(
            "Les envois restés sans succès après la dernière tentative. Une fois votre serveur de"
                + " réception rétabli, remettez-les dans la file : ils repartent aussitôt.");
    deadHelp.addClassName("secondary");
    replayAll.setId("replay-all");
    replayAll.addClickListener(click -> replay(null));
    add(recentHeading, recentHelp, recent, deadHeading, deadHelp, replayAll, dead);
  }

  void reload() {
    recent.setItems(load(true));
    List<Delivery> given = load(false);
    dead.setItems(given);
    replayAll.setEnabled(!given.isEmpty());
  }

  private List<Delivery> load(boolean latest) {
    try {
      return latest ? webhooks.recent(MAX) : webhooks.deadLetters(MAX);
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      return List.of();
    }
  }

  /**
   * Puts one dead letter (or, with {@code id} null, all) back in the queue. The button pressed is
   * gone afterwards: the focus goes to the heading of the dead letters.
   */
  private void replay(UUID id) {
    try {
      int n = webhooks.replay(id);
      Notices.success(n + " envoi(s) remis dans la file.");
    } catch (DomainException e) {
      Notices.error(e.getMessage());
    }
    reload();
    deadHeading.getElement().callJsFunction("focus");
  }
}
