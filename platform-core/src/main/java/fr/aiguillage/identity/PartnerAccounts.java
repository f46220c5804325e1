package fr.aiguillage.identity;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A partner organisation's admin manages its people's accounts: lists them, opens one (partner
 * user, or admin too) with a temporary password shown once, disables and enables, grants or takes
 * back the admin role, issues a new temporary password. An account belongs to the organisation when
 * its {@code partner_org} attribute says so — the attribute the tokens carry —; any other account
 * is "not found". An admin cannot disable himself nor take back his own admin role, so that an
 * organisation is never left without one by mistake.
 */
@ApplicationScoped
public class PartnerAccounts {
  private static final Logger LOG = Logger.getLogger(PartnerAccounts.class.getName());
  static final String ORG_ATTRIBUTE = "partner_org";
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}", Pattern.CASE_INSENSITIVE);
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} '’.-]{0,99}");

  /** One account of the organisation, as its admin sees it. */
  public record PartnerAccount(
      String id,
      String username,
      String firstName,
      String lastName,
      String email,
      boolean enabled,
      boolean admin,
      boolean self) {}

  /** A new account: {@code admin} makes it a partner admin as well as a partner user. */
  public record NewAccount(
      @Size(max = Limits.NAME) String username,
      @Size(max = Limits.NAME) String firstName,
      @Size(max = Limits.NAME) String lastName,
      @Size(max = Limits.EMAIL) String email,
      Boolean admin) {}

  /** Either or both may be given. */
  public record AccountChange(Boolean enabled, Boolean admin) {}

  /** The account and its temporary password, shown this once. */
  public record Credentials(PartnerAccount account, String temporaryPassword) {}

  @Inject AccountDirectory directory;
  @Inject CurrentCaller caller;

  public List<PartnerAccount> list() {
    Caller c = admin();
    String org = c.partnerOrg().orElseThrow();
    Set<String> admins = directory.holders(Roles.PARTNER_ADMIN);
    Collator french = Collator.getInstance(Locale.FRENCH);
    return directory.members(group(org)).stream()
        .filter(a -> org.equals(a.attributes().get(ORG_ATTRIBUTE)))
        .map(a -> view(a, admins.contains(a.id()), c))
        .sorted(
            Comparator.comparing((PartnerAccount a) -> nullToEmpty(a.lastName()), french)
                .thenComparing(a -> nullToEmpty(a.firstName()), french)
                .thenComparing(PartnerAccount::username))
        .toList();
  }

  public Credentials create(NewAccount input) {
    Caller c = admin();
    String org = c.partnerOrg().orElseThrow();
    NewAccount in = validate(input);
    if (directory.byUsername(in.username()).isPresent()) {
      throw new ConflictException(
          "username",
          "L'identifiant « " + in.username() + " » est déjà pris : choisissez-en un autre.");
    }
    if (directory.byEmail(in.email()).isPresent()) {
      throw new ConflictException(
          "email", "Un compte existe déjà avec l'adresse « " + in.email() + " ».");
    }
    boolean admin = Boolean.TRUE.equals(in.admin());
    Set<String> roles =
        admin ? Set.of(Roles.PARTNER_USER, Roles.PARTNER_ADMIN) : Set.of(Roles.PARTNER_USER);
    String password = AccountDirectory.newTemporaryPassword();
    String id =
        directory.create(
            new AccountDirectory.Account(
                null, in.username(), in.firstName(), in.lastName(), in.email(), true, Map.of()),
            group(org),
            Map.of(ORG_ATTRIBUTE, org),
            roles,
            password);
    LOG.info(
        () ->
            "Compte partenaire créé : "
                + in.username()
                + " ("
                + org
                + (admin ? ", administrateur" : "")
                + ") par "
                + c.username());
    AccountDirectory.Account created = directory.byId(id).orElseThrow(() -> notFound());
    return new Credentials(view(created, admin, c), password);
  }

  public PartnerAccount change(String id, AccountChange change) {
    Caller c = admin();
    AccountDirectory.Account account = ofMyOrganisation(id, c);
    if (change == null || (change.enabled() == null && change.admin() == null)) {
      throw new InvalidInputException("enabled", "Dites ce qui change : « enabled » ou « admin ».");
    }
    boolean self = account.username().equals(c.username());
    if (self && Boolean.FALSE.equals(change.enabled())) {
      throw new ConflictException(
          "enabled",
          "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.");
    }
    if (self && Boolean.FALSE.equals(change.admin())) {
      throw new ConflictException(
          "admin",
          "Vous ne pouvez pas retirer votre propre rôle d'administrateur : demandez-le à un autre"
              + " administrateur.");
    }
    if (change.admin() != null) {
      directory.setRole(id, Roles.PARTNER_ADMIN, change.admin());
    }
    if (change.enabled() != null && change.enabled() != account.enabled()) {
      directory.setEnabled(id, change.enabled());
    }
    LOG.info(
        () ->
            "Compte partenaire modifié : "
                + account.username()
                + " "
                + change
                + " par "
                + c.username());
    AccountDirectory.Account after = directory.byId(id).orElseThrow(() -> notFound());
    return view(after, directory.holders(Roles.PARTNER_ADMIN).contains(id), c);
  }

  /** A new temporary password for an account of the organisation; the old one no longer works. */
  public Credentials resetPassword(String id) {
    Caller c = admin();
    AccountDirectory.Account account = ofMyOrganisation(id, c);
    String password = AccountDirectory.newTemporaryPassword();
    directory.setTemporaryPassword(id, password);
    LOG.info(
        () -> "Mot de passe provisoire émis pour " + account.username() + " par " + c.username());
    return new Credentials(
        view(account, directory.holders(Roles.PARTNER_ADMIN).contains(id), c), password);
  }

  private AccountDirectory.Account ofMyOrganisation(String id, Caller c) {
    // Keycloak's ids are UUIDs; anything else (a "../" above all) never reaches its API
    if (id == null || !ID.matcher(id).matches()) {
      throw notFound();
    }
    return directory
        .byId(id)
        .filter(a -> c.partnerOrg().orElseThrow().equals(a.attributes().get(ORG_ATTRIBUTE)))
        .orElseThrow(PartnerAccounts::notFound);
  }

  private static NotFoundException notFound() {
    return new NotFoundException("Compte de votre organisation");
  }

  private static NewAccount validate(NewAccount input) {
    if (input == null) {
      throw new InvalidInputException(
          "username", "Donnez l'identifiant, le prénom, le nom et l'adresse électronique.");
    }
    String username = strip(input.username()).toLowerCase(Locale.ROOT);
    String first = strip(input.firstName());
    String last = strip(input.lastName());
    String email = strip(input.email()).toLowerCase(Locale.ROOT);
    List<FieldError> errors = new ArrayList<>();
    if (!USERNAME.matcher(username).matches()) {
      errors.add(
          new FieldError(
              "username",
              "L'identifiant fait de 3 à 40 caractères : lettres minuscules sans accent, chiffres,"
                  + " point, tiret ou souligné, en commençant par une lettre ou un chiffre."));
    }
    if (!NAME.matcher(first).matches()) {
      errors.add(
          new FieldError("firstName", "Le prénom est obligatoire (lettres, espaces, tirets)."));
    }
    if (!NAME.matcher(last).matches()) {
      errors.add(new FieldError("lastName", "Le nom est obligatoire (lettres, espaces, tirets)."));
    }
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      errors.add(
          new FieldError(
              "email", "« " + email + " » n'est pas une adresse électronique (nom@domaine.fr)."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new NewAccount(username, first, last, email, input.admin());
  }

  private Caller admin() {
    Caller c = caller.get();
    if (!c.hasRole(Roles.PARTNER_ADMIN) || c.partnerOrg().isEmpty()) {
      throw new AccessDeniedException(
          "Les comptes sont gérés par l'administrateur de l'organisation partenaire.");
    }
    return c;
  }

  private static PartnerAccount view(AccountDirectory.Account a, boolean admin, Caller c) {
    return new PartnerAccount(
        a.id(),
        a.username(),
        a.firstName(),
        a.lastName(),
        a.email(),
        a.enabled(),
        admin,
        a.username().equals(c.username()));
  }

  static String group(String org) {
    return "partenaire-" + org;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
