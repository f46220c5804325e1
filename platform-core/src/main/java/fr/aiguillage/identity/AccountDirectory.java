package fr.aiguillage.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts of the identity provider (Keycloak), as far as the platform manages them: the
 * members of an organisation's group, their realm roles, creation, disabling, temporary passwords.
 * The rules (who may do what to whom) are the callers'; this port only carries them out. Every
 * method may throw {@link IdentityProviderException} when the provider does not answer.
 */
public interface AccountDirectory {

  /** An account as the provider holds it; {@code attributes} are the single-valued ones we set. */
  record Account(
      String id,
      String username,
      String firstName,
      String lastName,
      String email,
      boolean enabled,
      Map<String, String> attributes) {}

  /** Creates the group with these attributes unless it exists. */
  void ensureGroup(String group, Map<String, String> attributes);

  /** The members of a group, e.g. {@code partenaire-plie-ardennes}. */
  List<Account> members(String group);

  /** The ids of the accounts holding a realm role. */
  Set<String> holders(String role);

  Optional<Account> byId(String id);

  Optional<Account> byUsername(String username);

  Optional<Account> byEmail(String email);

  /**
   * Creates an enabled account in {@code group} with these attributes and realm roles, and a
   * temporary password to change at first login; all or nothing (a half-made account is deleted).
   * Returns its id.
   */
  String create(
      Account draft,
      String group,
      Map<String, String> attributes,
      Set<String> roles,
      String temporaryPassword);

  /** Enables or disables; disabling also ends the account's open sessions. */
  void setEnabled(String id, boolean enabled);

  void setRole(String id, String role, boolean held);

  /** A new temporary password, to change at next login. */
  void setTemporaryPassword(String id, String password);

  /** 12 random bytes, URL-safe: a temporary password to hand over once (accounts are rare). */
  static String newTemporaryPassword() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
