package fr.aiguillage.admin.provisioning;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a département on the platform: its Keycloak group and first tenant-admin (idempotent),
 * then its row. If Keycloak fails, nothing is written; if the row fails, re-running is safe.
 */
@ApplicationScoped
public class TenantProvisioning {
  @Inject TenantRegistry registry;
  @Inject IdentityProvisioning identity;
  @Inject CurrentCaller caller;

  public record Created(TenantInfo tenant, String adminUsername, String temporaryPassword) {}

  public List<TenantInfo> list() {
    platformAdmin();
    return registry.all().stream().map(TenantInfo::of).toList();
  }

  public Created create(String rawCode, String rawName, TenantAdminAccount admin) {
    platformAdmin();
    List<FieldError> errors = new ArrayList<>();
    TenantCode code = null;
    try {
      code = TenantCode.of(rawCode);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    String name = Text.blankToNull(rawName);
    if (name == null || name.length() > 120) {
      errors.add(
          new FieldError(
              "name", "Le nom du département est obligatoire (120 caractères au plus)."));
    }
    if (admin == null
        || Text.blankToNull(admin.email()) == null
        || !admin.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(
          new FieldError(
              "adminEmail",
              "L'adresse électronique du premier administrateur est obligatoire et doit être valide."));
    }
    if (admin == null
        || Text.blankToNull(admin.firstName()) == null
        || Text.blankToNull(admin.lastName()) == null) {
      errors.add(
          new FieldError(
              "adminLastName", "Le prénom et le nom du premier administrateur sont obligatoires."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    TenantCode tenantCode = code;
    if (registry.all().stream().anyMatch(t -> t.code().equals(tenantCode))) {
      registry.add(tenantCode, name); // raises the conflict with its French message
    }
    TenantAdminAccount account =
        new TenantAdminAccount(
            "admin-" + tenantCode.value().toLowerCase(),
            admin.email().strip(),
            admin.firstName().strip(),
            admin.lastName().strip());
    String password = identity.provisionTenant(tenantCode.value(), name, account);
    Tenant tenant = registry.add(tenantCode, name);
    return new Created(TenantInfo.of(tenant), account.username(), password);
  }

  private void platformAdmin() {
    if (!caller.get().hasRole(Roles.PLATFORM_ADMIN)) {
      throw new AccessDeniedException(
          "La gestion des départements est réservée aux administrateurs de la plateforme.");
    }
  }
}
