package fr.aiguillage.notification;

import java.util.UUID;

/**
 * What the person invited to a session is to be told, fired as a CDI event inside the session's
 * transaction (the notices are written with it, sent after the commit): the convocation, with the
 * link to their questionnaire when they still have questions to answer; the reminder two days
 * before; the cancellation, with the session they are invited to instead if there is one.
 *
 * <p>Fired by the session package and kept here, as {@link ContractDue} is: the notices read no
 * session class, since the session package depends on the contracts, which send through this one.
 *
 * @param questionnaireToken the personal link's secret, known only at this moment (null when the
 *     person has nothing left to answer)
 * @param nextSessionId for a cancellation or an absence: the session they are invited to next
 */
public record SessionNotice(
    Type type,
    UUID sessionId,
    UUID personId,
    UUID orientationId,
    String questionnaireToken,
    UUID nextSessionId) {

  public enum Type {
    CONVOCATION,
    REMINDER,
    CANCELLATION
  }
}
