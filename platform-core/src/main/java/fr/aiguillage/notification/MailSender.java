package fr.aiguillage.notification;

/** Sends an e-mail; throws {@link DeliveryException} when the message was not accepted. */
public interface MailSender {
  record Attachment(String fileName, String contentType, byte[] content) {}

  void send(String to, String subject, String text, Attachment attachment);
}
