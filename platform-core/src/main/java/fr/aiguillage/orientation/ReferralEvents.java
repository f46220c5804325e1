package fr.aiguillage.orientation;

import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Publishes a referral's change (sent, answered, reminded, expired…) in the caller's tenant. */
@ApplicationScoped
class ReferralEvents {
  @Inject EventPublisher events;
  @Inject CurrentCaller caller;

  void publish(Referral r, String type, Instant at) {
    String tenant = caller.get().tenant().map(TenantCode::value).orElseThrow();
    events.publish(
        DomainEvent.of(type, "referral", r.id(), tenant, at, ReferralChanged.of(r, tenant, at)));
  }
}
