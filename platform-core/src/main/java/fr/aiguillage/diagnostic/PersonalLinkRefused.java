package fr.aiguillage.diagnostic;

import fr.aiguillage.shared.DomainException;

/**
 * A personal link that cannot be used: unknown, expired or already used. The message is for the
 * person.
 */
public class PersonalLinkRefused extends DomainException {
  public PersonalLinkRefused(String message) {
    super(message);
  }
}
