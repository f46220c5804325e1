package fr.aiguillage.settings;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The département's own settings: the orientation target (6 weeks by default, the legal delay), how
 * long a structure has to answer a referral and when it is reminded, where the coordination is
 * told, and its own target for contracts (shorter than the legal month, or none). Staff read them;
 * the département's administrator changes them.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class TenantSettings {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  public record Settings(
      @Min(0) @Max(Limits.DAYS_MAX) int orientationTargetDays,
      @Min(0) @Max(Limits.DAYS_MAX) int referralAnswerDays,
      @Min(0) @Max(Limits.DAYS_MAX) int referralReminderDays,
      @Size(max = Limits.EMAIL) String coordinationEmail,
      @Min(1) @Max(30) Integer contractTargetDays) {}

  public Settings get() {
    caller.get().requireDepartementStaff("Les paramètres sont ceux d'un département.");
    return of(tenant());
  }

  public Settings update(Settings s) {
    if (!caller.get().hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul l'administrateur du département change ses paramètres.");
    }
    if (s == null) {
      throw new InvalidInputException("settings", "Indiquez les paramètres.");
    }
    List<FieldError> errors = new ArrayList<>();
    if (s.orientationTargetDays() < 1 || s.orientationTargetDays() > 365) {
      errors.add(
          new FieldError(
              "orientationTargetDays",
              "Le délai cible d'orientation est un nombre de jours entre 1 et 365 (42 jours ="
                  + " 6 semaines, le délai légal)."));
    }
    if (s.referralAnswerDays() < 1 || s.referralAnswerDays() > 90) {
      errors.add(
          new FieldError(
              "referralAnswerDays",
              "Le délai de réponse des structures est un nombre de jours entre 1 et 90."));
    }
    if (s.referralReminderDays() < 0 || s.referralReminderDays() >= s.referralAnswerDays()) {
      errors.add(
          new FieldError(
              "referralReminderDays",
              "La relance se fait entre 0 et "
                  + Math.max(0, s.referralAnswerDays() - 1)
                  + " jours avant l'échéance (moins que le délai de réponse)."));
    }
    String email =
        s.coordinationEmail() == null || s.coordinationEmail().isBlank()
            ? null
            : s.coordinationEmail().strip();
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      errors.add(
          new FieldError(
              "coordinationEmail",
              "L'adresse de la coordination n'est pas une adresse électronique valide."));
    }
    Integer contract = s.contractTargetDays();
    if (contract != null && (contract < 1 || contract > 30)) {
      errors.add(
          new FieldError(
              "contractTargetDays",
              "Le délai cible du contrat va de 1 à 30 jours après la notification ; laissez vide"
                  + " pour le mois légal."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Tenant t = tenant();
    t.setContractTargetDays(contract);
    t.configure(s.orientationTargetDays(), s.referralAnswerDays(), s.referralReminderDays(), email);
    audit.record(
        AuditAction.UPDATE,
        "tenant",
        null,
        "paramètres : délai cible "
            + s.orientationTargetDays()
            + " j, réponse "
            + s.referralAnswerDays()
            + " j, relance "
            + s.referralReminderDays()
            + " j, contrat "
            + (contract == null ? "1 mois" : contract + " j"));
    return of(t);
  }

  private Tenant tenant() {
    return tenants.require(caller.get().requireTenant());
  }

  private static Settings of(Tenant t) {
    return new Settings(
        t.orientationTargetDays(),
        t.referralAnswerDays(),
        t.referralReminderDays(),
        t.coordinationEmail().orElse(null),
        t.contractTargetDays());
  }
}
