package fr.aiguillage.admin.provisioning;

import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The tenants table: platform-level rows, written in one transaction with their event. */
@ApplicationScoped
@Transactional
@TenantScoped
public class TenantRegistry {
  @Inject TenantRepository tenants;
  @Inject EventPublisher events;
  @Inject Clock clock;

  public List<Tenant> all() {
    return tenants.findAll();
  }

  public Tenant add(TenantCode code, String name) {
    if (tenants.find(code).isPresent()) {
      throw new ConflictException(
          "code", "Le département " + code + " existe déjà sur la plateforme.");
    }
    Tenant t = new Tenant(code, name, clock.instant());
    tenants.add(t);
    events.publish(
        DomainEvent.of(
            "tenant.created",
            "tenant",
            code.value(),
            null,
            clock.instant(),
            Map.of("schemaVersion", 1, "code", code.value(), "name", name)));
    return t;
  }
}
