package fr.aiguillage.orientation;

import java.util.UUID;

/**
 * A step of a first appointment that the person's orientation follows, fired by the appointment
 * context as a CDI event inside its transaction (the orientation defines what it listens to, so the
 * dependency goes one way: appointment → orientation): booked (detail: when, in French), cancelled
 * (detail: why), or the person came, was excused or did not come. A move to another slot is no such
 * step.
 */
public record AppointmentMilestone(
    Kind kind, UUID appointmentId, UUID orientationId, String detail) {

  public enum Kind {
    BOOKED,
    CANCELLED,
    SEEN,
    EXCUSED,
    NO_SHOW
  }
}
