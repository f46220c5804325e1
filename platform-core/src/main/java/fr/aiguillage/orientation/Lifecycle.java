package fr.aiguillage.orientation;

import static fr.aiguillage.orientation.OrientationState.ACCEPTED;
import static fr.aiguillage.orientation.OrientationState.ACCOMPANIED;
import static fr.aiguillage.orientation.OrientationState.APPOINTMENT_BOOKED;
import static fr.aiguillage.orientation.OrientationState.CLOSED;
import static fr.aiguillage.orientation.OrientationState.DECIDED;
import static fr.aiguillage.orientation.OrientationState.DIAGNOSTIC;
import static fr.aiguillage.orientation.OrientationState.EXPIRED;
import static fr.aiguillage.orientation.OrientationState.INTAKE;
import static fr.aiguillage.orientation.OrientationState.PROPOSED;
import static fr.aiguillage.orientation.OrientationState.REFERRED;
import static fr.aiguillage.orientation.OrientationState.REFUSED;
import static fr.aiguillage.orientation.OrientationState.REORIENTATION_REQUESTED;
import static fr.aiguillage.orientation.OrientationState.TO_ORIENT;

import fr.aiguillage.shared.ConflictException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal transitions of the orientation lifecycle (DESIGN §5). Exit from the RSA closes the file
 * from any state; a closed file stays closed (a person who comes back gets a new orientation).
 */
public final class Lifecycle {
  private static final Map<OrientationState, Set<OrientationState>> NEXT =
      new EnumMap<>(OrientationState.class);

  static {
    allow(INTAKE, TO_ORIENT);
    allow(TO_ORIENT, DIAGNOSTIC, PROPOSED);
    allow(DIAGNOSTIC, PROPOSED);
    // a proposal that needs an in-depth review goes back to the diagnostic
    allow(PROPOSED, DECIDED, DIAGNOSTIC);
    allow(DECIDED, REFERRED, REORIENTATION_REQUESTED);
    allow(REFERRED, ACCEPTED, REFUSED, EXPIRED);
    allow(REFUSED, DECIDED, PROPOSED);
    // after expiry and escalation, the coordinator addresses the person again or decides otherwise
    allow(EXPIRED, REFERRED, DECIDED, PROPOSED);
    allow(ACCEPTED, APPOINTMENT_BOOKED, REORIENTATION_REQUESTED);
    // a cancelled first appointment goes back to accepted
    allow(APPOINTMENT_BOOKED, ACCOMPANIED, ACCEPTED, REORIENTATION_REQUESTED);
    allow(ACCOMPANIED, REORIENTATION_REQUESTED);
    // a request turned down goes back where it came from
    allow(REORIENTATION_REQUESTED, DECIDED, ACCEPTED, APPOINTMENT_BOOKED, ACCOMPANIED);
    for (OrientationState s : OrientationState.values()) {
      if (s != CLOSED) {
        NEXT.computeIfAbsent(s, k -> EnumSet.noneOf(OrientationState.class)).add(CLOSED);
      }
    }
    NEXT.put(CLOSED, EnumSet.noneOf(OrientationState.class));
  }

  private Lifecycle() {}

  private static void allow(OrientationState from, OrientationState... to) {
    NEXT.computeIfAbsent(from, k -> EnumSet.noneOf(OrientationState.class)).addAll(Set.of(to));
  }

  public static Set<OrientationState> next(OrientationState from) {
    return Set.copyOf(NEXT.get(from));
  }

  public static boolean allowed(OrientationState from, OrientationState to) {
    return NEXT.get(from).contains(to);
  }

  /** Refuses an illegal transition with a French message that says what is possible instead. */
  public static void check(OrientationState from, OrientationState to) {
    if (!allowed(from, to)) {
      Set<OrientationState> possible = NEXT.get(from);
      throw new ConflictException(
          "state",
          "Impossible de passer de « "
              + from.label()
              + " » à « "
              + to.label()
              + " »"
              + (possible.isEmpty()
                  ? " : le dossier est clos."
                  : " : depuis « "
                      + from.label()
                      + " », on peut seulement passer à "
                      + possible.stream()
                          .sorted()
                          .map(s -> "« " + s.label() + " »")
                          .collect(Collectors.joining(", "))
                      + "."));
    }
  }
}
