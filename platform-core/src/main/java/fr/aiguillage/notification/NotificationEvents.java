package fr.aiguillage.notification;

import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Publishes {@code notification.sent} in the transaction that marks the notice sent, in the
 * caller's tenant (the sending sweep's, or the agent's who posted a letter).
 */
@ApplicationScoped
class NotificationEvents {
  @Inject EventPublisher events;
  @Inject CurrentCaller caller;

  void sent(Notification n) {
    String tenant = caller.get().tenant().map(TenantCode::value).orElseThrow();
    NotificationSent payload = NotificationSent.of(n, tenant);
    events.publish(
        DomainEvent.of(
            NotificationSent.TYPE, "notification", n.id(), tenant, payload.sentAt(), payload));
  }
}
