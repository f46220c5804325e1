package fr.aiguillage.admin.provisioning;

/** The port to the identity provider: creates a département's group and first administrator. */
public interface IdentityProvisioning {
  /**
   * Idempotent: an existing group or user is reused. Returns the temporary password of a user it
   * created, or null when the user already existed.
   */
  String provisionTenant(String tenantCode, String tenantName, TenantAdminAccount admin);
}
