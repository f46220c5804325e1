package fr.aiguillage.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class StructureRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public List<Structure> ofTenant(String tenant) {
    return em.createQuery(
            "SELECT s FROM Structure s WHERE s.tenantId = :t ORDER BY s.name", Structure.class)
        .setParameter("t", tenant)
        .getResultList();
  }

  /** The referents of the tenant set on this transaction. */
  public List<Referent> referents() {
    return em.createQuery("SELECT r FROM Referent r ORDER BY r.lastName", Referent.class)
        .getResultList();
  }

  /** One referent of the tenant set on this transaction. */
  public java.util.Optional<Referent> referent(java.util.UUID id) {
    return em.createQuery("SELECT r FROM Referent r WHERE r.id = :id", Referent.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public List<Structure> ofPartnerOrganisation(String partnerOrg) {
    return em.createQuery(
            "SELECT s FROM Structure s WHERE s.partnerOrgId = :o ORDER BY s.tenantId, s.name",
            Structure.class)
        .setParameter("o", partnerOrg)
        .getResultList();
  }

  /** Every partner organisation of the platform (shared reference data). */
  public List<PartnerOrganisation> partnerOrganisations() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, name FROM partner_organisation ORDER BY name")
            .getResultList();
    return rows.stream().map(r -> new PartnerOrganisation((String) r[0], (String) r[1])).toList();
  }

  public java.util.Optional<Structure> find(java.util.UUID id) {
    return java.util.Optional.ofNullable(em.find(Structure.class, id));
  }
}
