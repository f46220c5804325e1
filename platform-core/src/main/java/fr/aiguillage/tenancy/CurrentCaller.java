package fr.aiguillage.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read once from the container's verified identity: the
 * MicroProfile JWT for the REST API, Liberty's OIDC id token for the browser UI. Tenant and partner
 * organisation come only from those signed tokens.
 */
@RequestScoped
public class CurrentCaller {
  static final String TENANT_CLAIM = "tenant";
  static final String PARTNER_ORG_CLAIM = "partner_org";

  @Inject HttpServletRequest request;

  private Caller caller;
  private Account account;

  /**
   * The caller's account as the identity provider names it: its subject (Keycloak's user id) and
   * full name, for what the caller writes and signs under their own name (a contract).
   */
  public record Account(UUID id, String name) {}

  public Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  /**
   * For work that runs without an HTTP request (start-up jobs, in-container tests): the caller is
   * set by trusted code, never from client input.
   */
  public void actAs(Caller trusted) {
    this.caller = trusted;
    this.account = null;
  }

  /**
   * The caller's account: from the verified token's {@code sub} and {@code name} claims; a caller
   * set by trusted code (or a token without those claims) gets a stable id derived from the
   * username, and the username as name.
   */
  public Account account() {
    if (account == null) {
      Caller c = get();
      Object subject = null;
      Object name = null;
      try {
        Principal p = request.getUserPrincipal();
        if (p instanceof JsonWebToken jwt && jwt.getName().equals(c.username())) {
          subject = jwt.getSubject();
          name = jwt.getClaim("name");
        } else if (p != null && p.getName().equals(c.username())) {
          subject = OidcIdToken.claim("sub");
          name = OidcIdToken.claim("name");
        }
      } catch (RuntimeException noRequest) {
        // a caller set by trusted code, outside any request
      }
      account =
          new Account(
              claim(subject).flatMap(CurrentCaller::uuid).orElseGet(() -> derived(c.username())),
              claim(name).orElse(c.username()));
    }
    return account;
  }

  private static Optional<UUID> uuid(String s) {
    try {
      return Optional.of(UUID.fromString(s));
    } catch (IllegalArgumentException notUuid) {
      return Optional.empty();
    }
  }

  private static UUID derived(String username) {
    return UUID.nameUUIDFromBytes(
        ("aiguillage-account:" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Caller resolve() {
    Principal principal;
    try {
      principal = request.getUserPrincipal();
    } catch (RuntimeException noRequest) {
      return Caller.ANONYMOUS;
    }
    if (principal == null) {
      return Caller.ANONYMOUS;
    }
    Set<String> roles = new HashSet<>();
    for (String role : Roles.ALL) {
      if (request.isUserInRole(role)) {
        roles.add(role);
      }
    }
    if (principal instanceof JsonWebToken jwt) {
      return new Caller(
          jwt.getName(),
          claim(jwt.getClaim(TENANT_CLAIM)).map(TenantCode::of),
          claim(jwt.getClaim(PARTNER_ORG_CLAIM)),
          roles);
    }
    return new Caller(
        principal.getName(),
        claim(OidcIdToken.claim(TENANT_CLAIM)).map(TenantCode::of),
        claim(OidcIdToken.claim(PARTNER_ORG_CLAIM)),
        roles);
  }

  private static Optional<String> claim(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.toString().replace("\"", "").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Liberty's OIDC client keeps the verified id token on the subject; its API is an "ibm-api" class
   * read by reflection so that the module compiles without Liberty's jars.
   */
  public static final class OidcIdToken {
    private OidcIdToken() {}

    static Object token() {
      try {
        Method get =
            Class.forName("com.ibm.websphere.security.openidconnect.PropagationHelper")
                .getMethod("getIdToken");
        return get.invoke(null);
      } catch (ReflectiveOperationException | LinkageError e) {
        return null;
      }
    }

    public static Object claim(String name) {
      Object token = token();
      if (token == null) {
        return null;
      }
      try {
        return token.getClass().getMethod("getClaim", String.class).invoke(token, name);
      } catch (ReflectiveOperationException e) {
        return null;
      }
    }

    /** The raw id token, needed for RP-initiated logout. */
    public static Optional<String> raw() {
      Object token = token();
      if (token == null) {
        return Optional.empty();
      }
      try {
        return Optional.ofNullable(
            (String) token.getClass().getMethod("getRawIdToken").invoke(token));
      } catch (ReflectiveOperationException e) {
        return Optional.empty();
      }
    }
  }
}
