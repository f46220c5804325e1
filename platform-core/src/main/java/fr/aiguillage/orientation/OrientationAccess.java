package fr.aiguillage.orientation;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.Roles;

/** Who may read and who may decide the département's orientations. */
final class OrientationAccess {
  private OrientationAccess() {}

  static Caller staff(Caller c) {
    c.requireDepartementStaff("Les orientations sont réservées aux agents du département.");
    return c;
  }

  static Caller decider(Caller c) {
    c.requireDepartementStaff("Les orientations sont décidées par les agents du département.");
    if (!c.hasRole(Roles.ORIENTATION_AGENT)
        && !c.hasRole(Roles.COORDINATOR)
        && !c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seuls les agents d'orientation, les coordinateurs et les administrateurs décident d'une orientation.");
    }
    return c;
  }
}
