package fr.aiguillage.tenancy;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as proven by a verified token: never built from anything the client can set
 * freely (header, path, form).
 */
public record Caller(
    String username, Optional<TenantCode> tenant, Optional<String> partnerOrg, Set<String> roles) {

  public static final Caller ANONYMOUS =
      new Caller("anonyme", Optional.empty(), Optional.empty(), Set.of());

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isAuthenticated() {
    return this != ANONYMOUS && !"anonyme".equals(username);
  }

  /** The tenant of a département staff member; anyone else is refused with {@code refusal}. */
  public TenantCode requireDepartementStaff(String refusal) {
    TenantCode t = requireTenant();
    if (Roles.DEPARTEMENT_STAFF.stream().noneMatch(this::hasRole)) {
      throw new fr.aiguillage.shared.AccessDeniedException(refusal);
    }
    return t;
  }

  /** The tenant, or an access error for callers who do not belong to a département. */
  public TenantCode requireTenant() {
    return tenant.orElseThrow(
        () ->
            new fr.aiguillage.shared.AccessDeniedException(
                "Votre compte n'est rattaché à aucun département."));
  }
}
