package fr.aiguillage.admin.provisioning;

/** The first tenant-admin user of a new département. */
public record TenantAdminAccount(
    String username, String email, String firstName, String lastName) {}
