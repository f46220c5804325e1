package fr.aiguillage.appointment;

import java.util.UUID;

/**
 * Something the person must be told about their appointment, fired inside the transaction that
 * changed it: the notices are written with the change and sent after the commit.
 */
public record AppointmentNotice(UUID appointmentId, Type type, UUID replacedId) {
  public enum Type {
    /** booked: the convocation, with its calendar file */
    CONVOCATION,
    /** moved to another slot: a new convocation that says so */
    MOVED,
    /** the day before */
    REMINDER,
    /** cancelled */
    CANCELLATION
  }
}
