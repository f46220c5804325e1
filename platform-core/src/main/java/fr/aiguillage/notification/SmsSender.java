package fr.aiguillage.notification;

/**
 * Sends a text message. The platform ships a logging adapter; a département plugs its SMS provider
 * in by providing another implementation (an {@code @Alternative} with a higher priority).
 */
public interface SmsSender {
  void send(String phone, String text);
}
