package fr.aiguillage.partner.api;

import fr.aiguillage.directory.Directory;
import fr.aiguillage.directory.PartnerStructure;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the partner caller is: its organisation, its structures and the départements they serve. */
@Path("/v1/partner/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
@Tag(name = "Partenaires")
public class PartnerMeResource {
  @Inject Directory directory;
  @Inject CurrentCaller caller;

  public record Departement(String code, String name) {}

  public record PartnerMe(
      String username,
      String organisation,
      List<PartnerStructure> structures,
      List<Departement> departements) {}

  @GET
  @Operation(summary = "Mes structures et les départements avec lesquels elles travaillent")
  public PartnerMe me() {
    Caller c = caller.get();
    List<PartnerStructure> structures = directory.myPartnerStructures();
    List<Departement> departements =
        structures.stream()
            .collect(
                Collectors.toMap(
                    PartnerStructure::tenantCode,
                    PartnerStructure::tenantName,
                    (a, b) -> a,
                    TreeMap::new))
            .entrySet()
            .stream()
            .map(e -> new Departement(e.getKey(), e.getValue()))
            .toList();
    return new PartnerMe(c.username(), c.partnerOrg().orElse(null), structures, departements);
  }
}
