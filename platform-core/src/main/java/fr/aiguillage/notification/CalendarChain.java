package fr.aiguillage.notification;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An appointment and those it replaced, move after move: one calendar event for the person. Its
 * first appointment gives the event's stable UID; each move raises the event's sequence.
 *
 * @param root the first appointment of the chain
 * @param moves how many moves led to the appointment
 */
public record CalendarChain(UUID root, int moves) {

  /**
   * Follows the moves back from an appointment.
   *
   * @param id the appointment
   * @param replaced the appointment it replaced, if any
   * @param replacedBy what a previous appointment of the chain replaced in turn
   */
  public static CalendarChain of(
      UUID id, Optional<UUID> replaced, Function<UUID, Optional<UUID>> replacedBy) {
    UUID root = id;
    int moves = 0;
    Optional<UUID> previous = replaced;
    while (previous.isPresent()) {
      root = previous.get();
      moves++;
      previous = replacedBy.apply(root);
    }
    return new CalendarChain(root, moves);
  }

  /** The calendar event's UID, the same for every move of the appointment. */
  public String uid() {
    return root + "@aiguillage";
  }

  /** The calendar event's sequence: a cancellation outranks the last convocation (RFC 5546). */
  public int sequence(boolean cancellation) {
    return moves + (cancellation ? 1 : 0);
  }
}
