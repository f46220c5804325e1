package fr.aiguillage.admin.provisioning;

import fr.aiguillage.identity.AccountDirectory;
import fr.aiguillage.tenancy.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** A new département's Keycloak group and its first admin, through {@link AccountDirectory}. */
@ApplicationScoped
public class KeycloakProvisioning implements IdentityProvisioning {
  @Inject AccountDirectory directory;

  @Override
  public String provisionTenant(String code, String name, TenantAdminAccount admin) {
    String group = "departement-" + code;
    directory.ensureGroup(group, Map.of("tenant", code, "nom", name));
    if (directory.byUsername(admin.username()).isPresent()) {
      return null;
    }
    String password = AccountDirectory.newTemporaryPassword();
    directory.create(
        new AccountDirectory.Account(
            null,
            admin.username(),
            admin.firstName(),
            admin.lastName(),
            admin.email(),
            true,
            Map.of()),
        group,
        Map.of("tenant", code),
        Set.of(Roles.TENANT_ADMIN),
        password);
    return password;
  }
}
