package fr.aiguillage.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

/** E-mail through the SMTP server of the Liberty mail session {@code mail/aiguillage}. */
@ApplicationScoped
public class SmtpMailSender implements MailSender {
  @Resource(lookup = "mail/aiguillage")
  Session session;

  @Override
  public void send(String to, String subject, String text, List<Attachment> attachments) {
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom();
      m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
      m.setSubject(subject, StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      MimeBodyPart body = new MimeBodyPart();
      body.setText(text, StandardCharsets.UTF_8.name());
      MimeMultipart parts = new MimeMultipart(body);
      for (Attachment attachment : attachments) {
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(
            new jakarta.activation.DataHandler(
                new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        file.setFileName(attachment.fileName());
        parts.addBodyPart(file);
      }
      m.setContent(parts);
      Transport.send(m);
    } catch (MessagingException e) {
      throw new DeliveryException("Courriel non remis à " + to + " : " + e.getMessage(), e);
    }
  }
}
