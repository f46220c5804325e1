package fr.aiguillage.admin.provisioning;

import fr.aiguillage.tenancy.Tenant;
import java.time.Instant;

/** A département as the platform operator sees it. */
public record TenantInfo(String code, String name, String status, Instant createdAt) {
  static TenantInfo of(Tenant t) {
    return new TenantInfo(t.code().value(), t.name(), t.status().name(), t.createdAt());
  }
}
