package fr.aiguillage.shared;

/** The caller is known but may not do this. */
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
