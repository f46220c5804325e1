package fr.aiguillage.tenancy;

import java.util.List;

/** The platform's roles (Keycloak realm roles, carried in the token's "groups" claim). */
public final class Roles {
  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String TENANT_ADMIN = "tenant-admin";
  public static final String COORDINATOR = "coordinator";
  public static final String ORIENTATION_AGENT = "orientation-agent";
  public static final String REFERENT = "referent";
  public static final String PARTNER_USER = "partner-user";
  public static final String PARTNER_ADMIN = "partner-admin";
  public static final String STATS_READER = "stats-reader";

  /**
   * A machine that sends a département's files to import (the CAF's exchange platform): it may
   * start an import and read the runs it started, nothing else.
   */
  public static final String FLOW_SENDER = "flow-sender";

  public static final List<String> ALL =
      List.of(
          PLATFORM_ADMIN,
          TENANT_ADMIN,
          COORDINATOR,
          ORIENTATION_AGENT,
          REFERENT,
          PARTNER_USER,
          PARTNER_ADMIN,
          STATS_READER,
          FLOW_SENDER);

  /** Département staff who may read and edit a person's file. */
  public static final List<String> DEPARTEMENT_STAFF =
      List.of(TENANT_ADMIN, COORDINATOR, ORIENTATION_AGENT, REFERENT);

  private Roles() {}
}
