package fr.aiguillage.shared;

/** The object does not exist for this caller: also what another tenant's object looks like. */
public class NotFoundException extends DomainException {
  public NotFoundException(String what) {
    super(what + " introuvable.");
  }
}
