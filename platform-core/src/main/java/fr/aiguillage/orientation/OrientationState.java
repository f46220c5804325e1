package fr.aiguillage.orientation;

import java.util.EnumSet;
import java.util.Set;

/** Where a person's orientation stands (DESIGN §5), with its French label. */
public enum OrientationState {
  INTAKE("Nouvel entrant"),
  TO_ORIENT("À orienter"),
  DIAGNOSTIC("Diagnostic en cours"),
  PROPOSED("Orientation proposée"),
  DECIDED("Orientation décidée"),
  REFERRED("Adressée à la structure"),
  ACCEPTED("Acceptée par la structure"),
  REFUSED("Refusée par la structure"),
  EXPIRED("Sans réponse de la structure"),
  APPOINTMENT_BOOKED("Premier rendez-vous fixé"),
  ACCOMPANIED("Accompagnement commencé"),
  REORIENTATION_REQUESTED("Réorientation demandée"),
  CLOSED("Sortie du RSA");

  /** The states in which the person waits for the département to orient them. */
  public static final Set<OrientationState> TO_DECIDE =
      EnumSet.of(TO_ORIENT, DIAGNOSTIC, PROPOSED, REFUSED, EXPIRED, REORIENTATION_REQUESTED);

  /** The states in which an orientation has been decided and not yet called into question. */
  public static final Set<OrientationState> ORIENTED =
      EnumSet.of(DECIDED, REFERRED, ACCEPTED, APPOINTMENT_BOOKED, ACCOMPANIED);

  private final String label;

  OrientationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
