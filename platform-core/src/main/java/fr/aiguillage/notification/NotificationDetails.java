package fr.aiguillage.notification;

import java.time.Instant;
import java.util.UUID;

/** A notice as staff see it on the person's file (without the document itself). */
public record NotificationDetails(
    UUID id,
    Notification.Kind kind,
    Notification.Channel channel,
    String channelLabel,
    String recipient,
    String subject,
    Notification.Status status,
    String statusLabel,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    boolean hasDocument) {

  static NotificationDetails of(Notification n) {
    return new NotificationDetails(
        n.id(),
        n.kind(),
        n.channel(),
        switch (n.channel()) {
          case LETTER -> "Courrier";
          case EMAIL -> "Courriel";
          case SMS -> "SMS";
        },
        n.recipient(),
        n.subject(),
        n.status(),
        switch (n.status()) {
          case PENDING -> n.attempts() == 0 ? "En cours d'envoi" : "Nouvel essai prévu";
          case SENT -> "Envoyé";
          case FAILED -> "Échec de l'envoi";
          case TO_PRINT -> "À imprimer et poster";
          case PRINTED -> "Posté";
          case ATTACHED -> "Joint au courriel";
        },
        n.attempts(),
        n.lastError(),
        n.createdAt(),
        n.sentAt().orElse(null),
        n.document().isPresent());
  }
}
