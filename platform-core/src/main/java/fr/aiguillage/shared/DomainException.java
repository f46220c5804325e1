package fr.aiguillage.shared;

/** Base of the errors the application reports to people; messages are in French. */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }
}
