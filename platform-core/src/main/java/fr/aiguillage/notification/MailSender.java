package fr.aiguillage.notification;

import java.util.List;

/** Sends an e-mail; throws {@link DeliveryException} when the message was not accepted. */
public interface MailSender {
  record Attachment(String fileName, String contentType, byte[] content) {}

  /** An e-mail with the given files attached (none for an empty list). */
  void send(String to, String subject, String text, List<Attachment> attachments);

  /** An e-mail with one file attached, or none ({@code null}). */
  default void send(String to, String subject, String text, Attachment attachment) {
    send(to, subject, text, attachment == null ? List.of() : List.of(attachment));
  }
}
