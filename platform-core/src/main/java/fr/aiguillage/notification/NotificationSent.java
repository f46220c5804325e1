package fr.aiguillage.notification;

import java.time.Instant;

/**
 * Payload of {@code notification.sent}, version 1: a notice left — an e-mail or an SMS accepted by
 * its server, a letter printed and posted. The notice of an orientation decision is kind {@code
 * DECISION}: the month to sign a contract runs from it (décret 2024-1244). No recipient, no text;
 * the person is their id. Key = the notification's id.
 *
 * @param orientationId the orientation the notice is about (null for a notice about none)
 * @param kind a {@link Notification.Kind} name (DECISION, REFUSAL, CONVOCATION…)
 * @param channel a {@link Notification.Channel} name (EMAIL, SMS, LETTER)
 */
public record NotificationSent(
    int schemaVersion,
    String notificationId,
    String beneficiaryId,
    String orientationId,
    String tenant,
    String kind,
    String channel,
    Instant sentAt) {

  public static final String TYPE = "notification.sent";

  static NotificationSent of(Notification n, String tenant) {
    return new NotificationSent(
        1,
        n.id().toString(),
        n.beneficiaryId().toString(),
        n.orientationId() == null ? null : n.orientationId().toString(),
        tenant,
        n.kind().name(),
        n.channel().name(),
        n.sentAt().orElseThrow());
  }
}
