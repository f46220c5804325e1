package fr.aiguillage.directory;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The département's referents: who they are, which structure they work for, their territory and
 * pathways, and how many people they can follow. Read by staff, kept by the tenant administrator.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Referents {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** A referent with their structure's name, for lists. */
  public record ReferentLine(
      UUID id,
      String firstName,
      String lastName,
      String email,
      UUID structureId,
      String structureName,
      UUID territoryId,
      List<String> pathways,
      int currentCaseload,
      int maxCaseload) {}

  public List<ReferentLine> list() {
    caller.get().requireDepartementStaff("L'annuaire est réservé aux agents du département.");
    var names =
        structures.ofTenant(caller.get().requireTenant().value()).stream()
            .collect(java.util.stream.Collectors.toMap(Structure::id, Structure::name));
    return structures.referents().stream().map(r -> line(r, names.get(r.structureId()))).toList();
  }

  public ReferentLine register(ReferentDraft draft) {
    admin();
    Referent r = Referent.create(UUID.randomUUID());
    apply(r, draft);
    em.persist(r);
    save(r, AuditAction.CREATE);
    return line(r, structures.find(r.structureId()).map(Structure::name).orElse(null));
  }

  public ReferentLine update(UUID id, ReferentDraft draft) {
    admin();
    Referent r =
        structures.referents().stream()
            .filter(x -> x.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Référent"));
    apply(r, draft);
    save(r, AuditAction.UPDATE);
    return line(r, structures.find(r.structureId()).map(Structure::name).orElse(null));
  }

  private void save(Referent r, AuditAction action) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new ConflictException(
          "email", "Un autre référent du département a déjà l'adresse " + r.email() + ".");
    }
    audit.record(action, "referent", r.id(), r.name());
  }

  private void apply(Referent r, ReferentDraft d) {
    if (d == null) {
      throw new InvalidInputException("body", "Envoyez le référent : structure, nom, courriel…");
    }
    List<FieldError> errors = new ArrayList<>();
    Structure s = null;
    if (d.structureId() == null) {
      errors.add(new FieldError("structureId", "Choisissez la structure du référent."));
    } else {
      s = structures.find(d.structureId()).orElse(null);
      if (s == null) {
        errors.add(new FieldError("structureId", "Cette structure n'est pas dans votre annuaire."));
      }
    }
    String first = Text.blankToNull(d.firstName());
    String last = Text.blankToNull(d.lastName());
    if (first == null) {
      errors.add(new FieldError("firstName", "Le prénom est obligatoire."));
    }
    if (last == null) {
      errors.add(new FieldError("lastName", "Le nom est obligatoire."));
    }
    String email = Text.blankToNull(d.email());
    if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(
          new FieldError("email", "Adresse électronique invalide (ex. prenom.nom@cd08.fr)."));
    }
    if (d.territoryId() != null && tenants.territory(d.territoryId()).isEmpty()) {
      errors.add(new FieldError("territoryId", "Ce territoire n'est pas dans votre département."));
    }
    List<String> pathways = new ArrayList<>();
    for (String p : d.pathways() == null ? List.<String>of() : d.pathways()) {
      try {
        Pathway pathway = Pathway.valueOf(p.strip().toUpperCase(Locale.ROOT));
        if (s != null && !s.takes(pathway)) {
          errors.add(
              new FieldError(
                  "pathways", "« " + s.name() + " » ne prend pas le " + pathway.label() + "."));
        }
        pathways.add(pathway.name());
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError(
                "pathways",
                "Parcours « " + p + " » inconnu : " + Arrays.toString(Pathway.values()) + "."));
      }
    }
    int max = d.maxCaseload() == null ? 60 : d.maxCaseload();
    if (max < 1 || max > 1000) {
      errors.add(
          new FieldError("maxCaseload", "Le nombre maximal de personnes suivies va de 1 à 1000."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    r.describe(
        d.structureId(),
        first,
        last,
        email.toLowerCase(Locale.ROOT),
        d.territoryId(),
        String.join(",", pathways.stream().distinct().toList()),
        max);
  }

  private void admin() {
    Caller c = caller.get();
    c.requireDepartementStaff("L'annuaire est réservé aux agents du département.");
    if (!c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul un administrateur du département modifie les référents.");
    }
  }

  private static ReferentLine line(Referent r, String structureName) {
    return new ReferentLine(
        r.id(),
        r.firstName(),
        r.lastName(),
        r.email(),
        r.structureId(),
        structureName,
        r.territoryId(),
        r.pathwayCodes(),
        r.currentCaseload(),
        r.maxCaseload());
  }
}
