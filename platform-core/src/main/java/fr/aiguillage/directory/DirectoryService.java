package fr.aiguillage.directory;

import fr.aiguillage.shared.AccessDeniedException;
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
import java.util.stream.Collectors;

/** The directory of structures: the département's view and the partner organisation's view. */
@ApplicationScoped
@Transactional
@TenantScoped
public class DirectoryService {
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;

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
  public List<StructureView> directory() {
    String tenant =
        caller
            .get()
            .requireDepartementStaff("L'annuaire est réservé aux agents du département.")
            .value();
    List<Referent> referents = structures.referents();
    return structures.ofTenant(tenant).stream()
        .map(
            s ->
                new StructureView(
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
                                new StructureView.ReferentView(
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
}
