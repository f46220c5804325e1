package fr.aiguillage.appointment;

import fr.aiguillage.directory.Referent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What publishing and withdrawing slots read and write: the structure's owners (read before its
 * département is entered), the slots already there, the referent's other slots.
 */
@ApplicationScoped
public class SlotRepository {
  /** Who a structure belongs to: its département, and its partner organisation if any. */
  public record StructureOwner(UUID id, String tenant, String partnerOrg) {}

  private static final String SAME_WITH_REFERENT =
      "SELECT s FROM Slot s WHERE s.structureId = :st AND s.startsAt = :a AND s.endsAt = :b"
          + " AND s.status <> :w AND s.referentId = :r";
  private static final String SAME_WITHOUT_REFERENT =
      "SELECT s FROM Slot s WHERE s.structureId = :st AND s.startsAt = :a AND s.endsAt = :b"
          + " AND s.status <> :w AND s.referentId IS NULL";

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public Optional<StructureOwner> structureOwner(UUID structureId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT tenant_id, partner_org_id FROM structure WHERE id = ?1")
            .setParameter(1, structureId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new StructureOwner(structureId, (String) r[0], (String) r[1]));
  }

  /** The structure of a slot, read before its département is entered. */
  public Optional<UUID> structureOfSlot(UUID slotId) {
    @SuppressWarnings("unchecked")
    List<Object> structures =
        em.createNativeQuery("SELECT structure_id FROM slot WHERE id = ?1")
            .setParameter(1, slotId)
            .getResultList();
    return structures.stream().findFirst().map(UUID.class::cast);
  }

  public Optional<Slot> find(UUID id) {
    return Optional.ofNullable(em.find(Slot.class, id));
  }

  public Optional<Referent> referent(UUID id) {
    return Optional.ofNullable(em.find(Referent.class, id));
  }

  /** A slot not withdrawn with the same structure, referent (or none) and times. */
  public Optional<Slot> same(UUID structureId, UUID referentId, Instant start, Instant end) {
    var q =
        em.createQuery(referentId == null ? SAME_WITHOUT_REFERENT : SAME_WITH_REFERENT, Slot.class)
            .setParameter("st", structureId)
            .setParameter("a", start)
            .setParameter("b", end)
            .setParameter("w", Slot.Status.WITHDRAWN);
    if (referentId != null) {
      q.setParameter("r", referentId);
    }
    return q.getResultList().stream().findFirst();
  }

  /** The referent's first slot not withdrawn that overlaps [{@code start}, {@code end}). */
  public Optional<Slot> firstOverlap(UUID referentId, Instant start, Instant end) {
    return em.createQuery(
            "SELECT s FROM Slot s WHERE s.referentId = :r AND s.status <> :w"
                + " AND s.startsAt < :b AND s.endsAt > :a ORDER BY s.startsAt",
            Slot.class)
        .setParameter("r", referentId)
        .setParameter("w", Slot.Status.WITHDRAWN)
        .setParameter("a", start)
        .setParameter("b", end)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public void add(Slot s) {
    em.persist(s);
  }

  public void flush() {
    em.flush();
  }
}
