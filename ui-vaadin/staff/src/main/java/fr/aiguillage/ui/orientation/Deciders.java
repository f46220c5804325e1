package fr.aiguillage.ui.orientation;

import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.Roles;

/**
 * Who is offered the means to decide in the UI (referents only read). A convenience: the service
 * checks the role again on every call.
 */
final class Deciders {
  private Deciders() {}

  static boolean canDecide(Caller caller) {
    return caller.hasRole(Roles.ORIENTATION_AGENT)
        || caller.hasRole(Roles.COORDINATOR)
        || caller.hasRole(Roles.TENANT_ADMIN);
  }
}
