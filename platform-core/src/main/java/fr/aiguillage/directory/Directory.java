package fr.aiguillage.directory;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The directory of structures: the département's view and the partner organisation's view. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Directory {
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** The caller's partner organisation's structures, in every département they work with. */
  public List<PartnerStructure> myPartnerStructures() {
    Caller c = caller.get();
    if (!c.hasRole(Roles.PARTNER_USER) && !c.hasRole(Roles.PARTNER_ADMIN)) {
      throw new AccessDeniedException("Cet espace est réservé aux partenaires.");
    }
    String org =
        c.partnerOrg()
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "Votre compte n'est rattaché à aucune organisation partenaire."));
    Map<String, String> names =
        tenants.findAll().stream()
            .collect(Collectors.toMap(t -> t.code().value(), Tenant::name, (a, b) -> a));
    return structures.ofPartnerOrganisation(org).stream()
        .map(
            s ->
                new PartnerStructure(
                    s.id(), s.name(), s.kind(), s.tenantId(), names.get(s.tenantId())))
        .toList();
  }

  public List<Structure> structuresOfMyTenant() {
    return structures.ofTenant(caller.get().requireTenant().value());
  }

  /** The département's directory: structures and their referents. */
  public List<StructureSummary> directory() {
    String tenant =
        caller
            .get()
            .requireDepartementStaff("L'annuaire est réservé aux agents du département.")
            .value();
    List<Referent> referents = structures.referents();
    return structures.ofTenant(tenant).stream()
        .map(
            s ->
                new StructureSummary(
                    s.id(),
                    s.name(),
                    s.kind(),
                    s.siret(),
                    s.partnerOrgId(),
                    s.territoryId(),
                    s.communeInsee(),
                    s.phone(),
                    s.email(),
                    s.pathwayCodes(),
                    s.capacity(),
                    s.currentLoad(),
                    referents.stream()
                        .filter(r -> r.structureId().equals(s.id()))
                        .map(
                            r ->
                                new StructureSummary.ReferentView(
                                    r.id(),
                                    r.name(),
                                    r.email(),
                                    r.territoryId(),
                                    r.pathwayCodes(),
                                    r.currentCaseload(),
                                    r.maxCaseload()))
                        .toList()))
        .toList();
  }

  /** The partner organisations a structure can be entrusted to. */
  public List<PartnerOrganisation> partnerOrganisations() {
    caller.get().requireDepartementStaff("L'annuaire est réservé aux agents du département.");
    return structures.partnerOrganisations();
  }

  /**
   * Entrusts a structure of the caller's département to a partner organisation (or to none): that
   * organisation's users then see and answer the referrals addressed to it.
   */
  public StructureSummary assignOwner(UUID structureId, String partnerOrganisation) {
    Caller c = caller.get();
    c.requireDepartementStaff("L'annuaire est réservé aux agents du département.");
    if (!c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul un administrateur du département peut confier une structure à un partenaire.");
    }
    Structure s =
        structures
            .find(structureId)
            .orElseThrow(() -> new NotFoundException("Structure introuvable."));
    String org = Text.blankToNull(partnerOrganisation);
    if (org != null
        && structures.partnerOrganisations().stream().noneMatch(o -> o.id().equals(org))) {
      throw new InvalidInputException(
          "organisation", "Organisation partenaire « " + org + " » inconnue de la plateforme.");
    }
    String before = s.partnerOrgId();
    s.assignTo(org);
    audit.record(
        AuditAction.UPDATE,
        "structure",
        s.id(),
        "organisation partenaire : "
            + (before == null ? "aucune" : before)
            + " → "
            + (org == null ? "aucune" : org));
    return directory().stream().filter(v -> v.id().equals(structureId)).findFirst().orElseThrow();
  }
}
