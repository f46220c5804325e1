package fr.aiguillage.notification;

/** A notice could not be handed over (mail server down, address refused): it is tried again. */
public class DeliveryException extends RuntimeException {
  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
