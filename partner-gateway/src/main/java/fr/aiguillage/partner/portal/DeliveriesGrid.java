package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.webhook.PartnerWebhooks.Delivery;
import java.util.function.Consumer;

/**
 * Deliveries of events to the organisation's endpoint, the latest first, all rows shown (a page
 * asks for fifty at most): when, which event, its state in words, how many attempts, what the
 * receiver last answered. Given {@code onReplay}, each row has a "Renvoyer" button.
 */
class DeliveriesGrid extends Grid<Delivery> {
  DeliveriesGrid(String id, String ariaLabel, String emptyText, Consumer<Delivery> onReplay) {
    setId(id);
    setAriaLabel(ariaLabel);
    setAllRowsVisible(true);
    setEmptyStateText(emptyText);
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    addColumn(d -> Formats.stamp(d.createdAt()))
        .setKey("createdAt")
        .setHeader("Date")
        .setAutoWidth(true);
    addColumn(Delivery::eventType).setKey("eventType").setHeader("Événement").setAutoWidth(true);
    addColumn(d -> PortalTexts.delivery(d.status()))
        .setKey("status")
        .setHeader("État")
        .setAutoWidth(true);
    addColumn(Delivery::attempts)
        .setKey("attempts")
        .setHeader("Tentatives")
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    addColumn(DeliveriesGrid::lastAnswer)
        .setKey("lastAnswer")
        .setHeader("Dernière réponse")
        .setAutoWidth(true)
        .setFlexGrow(1);
    if (onReplay != null) {
      addComponentColumn(d -> replay(d, onReplay))
          .setKey("replay")
          .setHeader("Action")
          .setAutoWidth(true);
    }
    getColumns().forEach(c -> c.setSortable(false));
  }

  /** "Réponse HTTP 200", or the error the last attempt met ("Injoignable : …"). */
  static String lastAnswer(Delivery d) {
    if (d.lastError() != null && !d.lastError().isBlank()) {
      return d.lastError();
    }
    return d.lastStatus() == null ? "" : "Réponse HTTP " + d.lastStatus();
  }

  private static Component replay(Delivery d, Consumer<Delivery> onReplay) {
    Button button = new Button("Renvoyer", click -> onReplay.accept(d));
    button.setId("replay-" + d.id());
    button.setAriaLabel(
        "Renvoyer l'événement " + d.eventType() + " du " + Formats.stamp(d.createdAt()));
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }
}
