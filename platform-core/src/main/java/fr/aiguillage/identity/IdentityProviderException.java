package fr.aiguillage.identity;

/** The identity provider could not do its part; the request can be re-run safely. */
public class IdentityProviderException extends RuntimeException {
  public IdentityProviderException(String message) {
    super(message);
  }
}
