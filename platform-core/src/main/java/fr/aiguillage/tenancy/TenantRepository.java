package fr.aiguillage.tenancy;

import fr.aiguillage.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants (platform-level) and the current tenant's territories. */
@ApplicationScoped
public class TenantRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public List<Tenant> findAll() {
    return em.createQuery("SELECT t FROM Tenant t ORDER BY t.code", Tenant.class).getResultList();
  }

  public Optional<Tenant> find(TenantCode code) {
    return Optional.ofNullable(em.find(Tenant.class, code.value()));
  }

  /** The département of that code; "Département" not found otherwise. */
  public Tenant require(TenantCode code) {
    return find(code).orElseThrow(() -> new NotFoundException("Département"));
  }

  public void add(Tenant tenant) {
    em.persist(tenant);
  }

  /** Territories of the tenant set on this transaction (EclipseLink and RLS filter them). */
  public List<Territory> territories() {
    return em.createQuery("SELECT t FROM Territory t ORDER BY t.name", Territory.class)
        .getResultList();
  }

  public Optional<Territory> territory(UUID id) {
    return territories().stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
