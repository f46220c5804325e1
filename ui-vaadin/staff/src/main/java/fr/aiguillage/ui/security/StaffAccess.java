package fr.aiguillage.ui.security;

import fr.aiguillage.tenancy.Roles;
import java.util.function.Predicate;

/** Who sees the département's files in the UI; the services check it again on every call. */
public final class StaffAccess {
  private StaffAccess() {}

  public static boolean isStaff(Predicate<String> hasRole) {
    return Roles.DEPARTEMENT_STAFF.stream().anyMatch(hasRole);
  }
}
