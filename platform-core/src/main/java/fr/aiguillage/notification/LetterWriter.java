package fr.aiguillage.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes a decision letter's PDF from the data kept with it, and keeps it with the notice (with
 * whether an e-mail carries it). Runs in its caller's transaction.
 */
@ApplicationScoped
public class LetterWriter {
  @Inject NotificationRepository notifications;

  /** The letter's PDF, written now if it was not yet. */
  public byte[] pdf(Notification letter, LetterData data) {
    return letter.document().orElseGet(() -> write(letter, data));
  }

  /**
   * A session's convocation letter (or reminder, or cancellation), written now if it was not yet.
   */
  public byte[] convocationPdf(Notification letter) {
    return letter.document().orElseGet(() -> writeConvocation(letter));
  }

  /** Writes a session letter's PDF now, from the data kept with it, and keeps it. */
  public byte[] writeConvocation(Notification letter) {
    byte[] pdf = ConvocationLetter.pdf(ConvocationLetter.read(letter));
    letter.written(pdf, notifications.carriedByEmail(letter));
    return pdf;
  }

  /** Writes the letter's PDF now, and keeps it. */
  public byte[] write(Notification letter, LetterData data) {
    byte[] pdf = DecisionLetter.pdf(data);
    letter.written(pdf, notifications.carriedByEmail(letter));
    return pdf;
  }
}
