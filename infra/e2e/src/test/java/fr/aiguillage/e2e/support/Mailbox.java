package fr.aiguillage.e2e.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** What the test stack's SMTP server (GreenMail) received. */
public final class Mailbox {
  private Mailbox() {}

  /** The first message that matches, awaited up to a minute (notices leave after the commit). */
  public static MimeMessage awaitMessage(Predicate<MimeMessage> which) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Arrays.stream(TestStack.get().mail.getReceivedMessages()).filter(which).findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  public static boolean sentTo(MimeMessage m, String email) {
    try {
      return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded text of a message (its first part). */
  public static String text(MimeMessage m) {
    try {
      return ((Multipart) m.getContent()).getBodyPart(0).getContent().toString();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
