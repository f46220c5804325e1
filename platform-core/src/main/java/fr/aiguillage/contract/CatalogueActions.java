package fr.aiguillage.contract;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The département's action catalogue. Until its first change the national list applies as it ships;
 * the first change copies it into the département's rows (ADR 0014), so a read never writes.
 * Actions are deactivated, never deleted.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class CatalogueActions {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** Every action, active or not, in catalogue order. */
  public List<CatalogueItem> list() {
    staff();
    List<CatalogueEntry> stored = stored();
    if (stored.isEmpty()) {
      return ActionCatalogue.national().actions().stream()
          .map(a -> CatalogueItem.of(a, true))
          .toList();
    }
    return stored.stream().map(e -> CatalogueItem.of(e.action(), e.active())).toList();
  }

  /** The active actions, for proposing and choosing them in a contract. */
  public ActionCatalogue active() {
    staff();
    return activeForContract();
  }

  /**
   * As {@link #active}, for a contract's proposals once its façade has checked the caller: a
   * partner's referent is proposed the département's actions too.
   */
  ActionCatalogue activeForContract() {
    List<CatalogueEntry> stored = stored();
    return stored.isEmpty()
        ? ActionCatalogue.national()
        : new ActionCatalogue(
            stored.stream().filter(CatalogueEntry::active).map(CatalogueEntry::action).toList());
  }

  /**
   * Adds an action at the end of the list.
   *
   * @throws ConflictException if its code is already taken
   */
  public CatalogueItem add(CatalogueAction action) {
    String actor = admin();
    check(action);
    List<CatalogueEntry> stored = seeded(actor);
    if (stored.stream().anyMatch(e -> e.code().equals(action.code()))) {
      throw new ConflictException(
          "code", "Le code « " + action.code() + " » est déjà celui d'une action du catalogue.");
    }
    int position = stored.stream().mapToInt(CatalogueEntry::position).max().orElse(0) + 1;
    CatalogueEntry entry = CatalogueEntry.of(action, position, actor, clock.instant());
    em.persist(entry);
    em.flush();
    return CatalogueItem.of(entry.action(), entry.active());
  }

  /** Changes an action's label, category, thématiques, and whether it is offered. */
  public CatalogueItem revise(String code, CatalogueAction action, boolean active) {
    String actor = admin();
    CatalogueAction revised =
        new CatalogueAction(code, action.label(), action.category(), action.thematiques());
    check(revised);
    CatalogueEntry entry =
        seeded(actor).stream()
            .filter(e -> e.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Action du catalogue"));
    entry.revise(revised, active, actor, clock.instant());
    em.flush();
    return CatalogueItem.of(entry.action(), entry.active());
  }

  /** The stored rows, after copying the national list if there were none. */
  private List<CatalogueEntry> seeded(String actor) {
    List<CatalogueEntry> stored = stored();
    if (!stored.isEmpty()) {
      return stored;
    }
    Instant now = clock.instant();
    List<CatalogueAction> national = ActionCatalogue.national().actions();
    for (int i = 0; i < national.size(); i++) {
      em.persist(CatalogueEntry.of(national.get(i), i + 1, actor, now));
    }
    em.flush();
    return stored();
  }

  /** The catalogue's rules for one action, its errors named by the action's own fields. */
  private static void check(CatalogueAction action) {
    try {
      new ActionCatalogue(List.of(action));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream()
              .map(
                  f ->
                      new FieldError(f.field().replaceFirst("^actions\\[0\\]\\.", ""), f.message()))
              .toList());
    }
  }

  private List<CatalogueEntry> stored() {
    return em.createQuery(
            "SELECT e FROM CatalogueEntry e ORDER BY e.position, e.code", CatalogueEntry.class)
        .getResultList();
  }

  private Caller staff() {
    Caller c = caller.get();
    c.requireDepartementStaff("Le catalogue des actions est réservé aux agents du département.");
    return c;
  }

  private String admin() {
    Caller c = staff();
    if (!c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul un administrateur du département peut modifier le catalogue des actions.");
    }
    return Optional.ofNullable(c.username()).orElse("inconnu");
  }
}
