package fr.aiguillage.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** Writes each SMS to the server log, the number masked but its last two digits. */
@ApplicationScoped
public class LoggingSmsSender implements SmsSender {
  private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class.getName());

  @Override
  public void send(String phone, String text) {
    LOG.info(() -> "SMS à " + masked(phone) + " : " + text);
  }

  static String masked(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    if (digits.length() < 4) {
      return "••";
    }
    return "•".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
  }
}
