package fr.aiguillage.notification;

import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one tenant's due notices, inside that tenant's transaction (called by {@link
 * NotificationDispatcher}): the letter is written and kept, the e-mail goes through {@link
 * MailSender} with its letter or calendar event attached, the SMS through {@link SmsSender}. A
 * notice sent publishes {@code notification.sent} in the same transaction.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class NotificationSender {
  private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());

  @Inject NotificationRepository notifications;
  @Inject LetterWriter letters;
  @Inject MailSender mail;
  @Inject SmsSender sms;
  @Inject NotificationEvents events;

  /** Sends this tenant's due notices; returns how many were handled. */
  public int sendDue(Instant now, int max) {
    List<Notification> due = notifications.due(now, max);
    for (Notification n : due) {
      try {
        send(n, now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Avis " + n.id() + " non envoyé", e);
        n.failed(e.getMessage(), now);
      }
    }
    return due.size();
  }

  private void send(Notification n, Instant now) {
    switch (n.channel()) {
      case LETTER -> {
        if (n.sessionId().isPresent()) {
          letters.writeConvocation(n);
        } else {
          letters.write(n, DecisionLetterData.read(n));
        }
      }
      case SMS -> {
        sms.send(n.recipient(), n.body());
        n.sent(now);
        events.sent(n);
      }
      case EMAIL -> {
        List<MailSender.Attachment> files = attachments(n);
        try {
          mail.send(n.recipient(), n.subject(), n.body(), files);
          n.sent(now);
          events.sent(n);
        } catch (DeliveryException e) {
          n.failed(e.getMessage(), now);
        }
      }
    }
  }

  /**
   * The e-mail's files: a session's calendar event and its letter; an appointment's calendar event;
   * or the decision letter it carries.
   */
  private List<MailSender.Attachment> attachments(Notification n) {
    if (n.sessionId().isEmpty()) {
      MailSender.Attachment one = attachment(n);
      return one == null ? List.of() : List.of(one);
    }
    List<MailSender.Attachment> files = new java.util.ArrayList<>();
    n.document()
        .ifPresent(
            ics ->
                files.add(
                    new MailSender.Attachment(
                        SessionNotices.ICS_FILE, CalendarInvite.contentType(ics), ics)));
    n.letterId()
        .flatMap(notifications::find)
        .ifPresent(
            letter ->
                files.add(
                    new MailSender.Attachment(
                        ConvocationLetter.fileName(ConvocationLetter.read(letter)),
                        "application/pdf",
                        letters.convocationPdf(letter))));
    return files;
  }

  /** The e-mail's calendar event, or the letter it carries (written now if it was not yet). */
  private MailSender.Attachment attachment(Notification n) {
    if (n.appointmentId().isPresent() && n.document().isPresent()) {
      return new MailSender.Attachment(
          CalendarInvite.FILE_NAME,
          CalendarInvite.contentType(n.document().get()),
          n.document().get());
    }
    return n.letterId()
        .map(id -> notifications.find(id).orElseThrow())
        .map(
            letter -> {
              LetterData data = DecisionLetterData.read(letter);
              return new MailSender.Attachment(
                  DecisionLetter.fileName(data), "application/pdf", letters.pdf(letter, data));
            })
        .orElse(null);
  }
}
