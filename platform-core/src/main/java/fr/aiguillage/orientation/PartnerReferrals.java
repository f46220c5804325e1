package fr.aiguillage.orientation;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantEntry;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The partner's side of referrals: the inbox of the referrals addressed to the caller's
 * organisation's structures, in every département it works with; a referral with what the partner
 * needs of the person (every reading audited in the département's log); the answer. Reads go
 * through PostgreSQL's partner policies; an answer is then written in the referral's own
 * département, as the partner user.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PartnerReferrals {
  /** Why a partner refuses; "AUTRE" needs the partner's own words. */
  public enum RefusalReason {
    PUBLIC_NON_CONCERNE("La personne ne relève pas du public que nous accompagnons"),
    PLUS_DE_PLACE("Plus de place disponible pour l'instant"),
    HORS_TERRITOIRE("Hors de notre territoire d'intervention"),
    DEJA_ACCOMPAGNE("La personne est déjà accompagnée par ailleurs"),
    INJOIGNABLE("La personne n'a pas pu être jointe"),
    AUTRE("Autre motif (à préciser)");

    private final String label;

    RefusalReason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Answer {
    ACCEPT,
    REFUSE,
    REVIEWING
  }

  public record AnswerInput(
      Answer answer,
      UUID referentId,
      @Size(max = Limits.CODE) String reason,
      @Size(max = Limits.REASON) String text) {}

  public record InboxItem(
      UUID referralId,
      String departement,
      String departementName,
      UUID structureId,
      String structureName,
      String lastName,
      String firstNames,
      String pathway,
      String pathwayLabel,
      String status,
      Instant sentAt,
      Instant dueAt,
      boolean overdue,
      Instant reviewingSince) {}

  public record ReferentChoice(UUID id, String name, int currentCaseload, int maxCaseload) {}

  public record ReasonChoice(String code, String label) {}

  /** One of the organisation's refusal reasons as its admin sets it. */
  public record ReasonSetting(
      @Size(max = Limits.CODE) String code,
      @Size(max = Limits.LABEL) String label,
      Boolean active) {}

  /** A referral as its partner sees it: the person's identity and contact, the pathway. */
  public record PartnerReferral(
      InboxItem summary,
      LocalDate birthDate,
      String email,
      String phone,
      List<String> address,
      String answeredBy,
      Instant answeredAt,
      String refusalReason,
      String answerText,
      UUID referentId,
      List<ReferentChoice> referents,
      List<ReasonChoice> refusalReasons,
      SharedDiagnostic diagnostic) {}

  /** What the person agreed to share of their diagnostic with the structure; null otherwise. */
  public record SharedDiagnostic(
      String synthesis, String nextSteps, List<String> actions, Instant completedAt) {}

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject PartnerInbox inbox;
  @Inject RefusalReasonRepository reasons;
  @Inject OrientationJournal journal;
  @Inject ReferralEvents referralEvents;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject TenantEntry entry;
  @Inject Clock clock;
  @Inject Event<ReferralRefused> refused;

  /**
   * The referrals addressed to the caller's organisation, the nearest deadline first; {@code
   * status} PENDING (default) keeps those waiting for an answer, ALL keeps every one.
   */
  public Page<InboxItem> inbox(PageRequest page, String status, UUID structureId) {
    partner();
    String wanted = status == null || status.isBlank() ? "PENDING" : status.strip();
    if (!wanted.equals("ALL")
        && Arrays.stream(Referral.Status.values()).noneMatch(s -> s.name().equals(wanted))) {
      throw new InvalidInputException(
          "status", "État inconnu : PENDING, ACCEPTED, REFUSED, EXPIRED, WITHDRAWN ou ALL.");
    }
    return inbox.page(page, wanted.equals("ALL") ? null : wanted, structureId, clock.instant());
  }

  /** One referral addressed to the caller's organisation; 404 for any other. Audited. */
  public PartnerReferral get(UUID id) {
    Caller c = partner();
    Referral r = enter(id);
    audit.record(
        AuditAction.READ,
        OrientationJournal.SUBJECT,
        r.beneficiaryId(),
        "orientation adressée (partenaire)");
    return view(r);
  }

  /** Accepts (with the referent), refuses (with a reason) or marks as being looked at. */
  public PartnerReferral answer(UUID id, AnswerInput in) {
    Caller c = partner();
    if (in == null || in.answer() == null) {
      throw new InvalidInputException(
          "answer", "Indiquez la réponse : ACCEPT, REFUSE ou REVIEWING.");
    }
    Referral r = enter(id);
    if (r.status() != Referral.Status.PENDING) {
      throw new ConflictException(
          "status",
          "Cette orientation a déjà reçu une suite ("
              + statusLabel(r.status())
              + ") : elle ne peut plus recevoir de réponse.");
    }
    Orientation o = em.find(Orientation.class, r.orientationId());
    Instant now = clock.instant();
    Structure s = em.find(Structure.class, r.structureId());
    switch (in.answer()) {
      case ACCEPT -> {
        if (in.referentId() == null) {
          throw new InvalidInputException(
              "referentId", "Choisissez le référent qui suivra la personne.");
        }
        Referent referent = em.find(Referent.class, in.referentId());
        if (referent == null || !referent.structureId().equals(r.structureId())) {
          throw new InvalidInputException(
              "referentId", "Ce référent n'est pas un référent de " + s.name() + ".");
        }
        r.accept(referent.id(), c.username(), now);
        o.assignReferent(referent.id());
        journal.move(o, OrientationState.ACCEPTED, "Acceptée par " + s.name());
        referralEvents.publish(r, "referral.accepted", now);
      }
      case REFUSE -> {
        ReasonChoice reason = RefusalReasonRules.chosen(in.reason(), reasons.inUse());
        String text = in.text() == null || in.text().isBlank() ? null : in.text().strip();
        if (reason.code().equals(RefusalReason.AUTRE.name()) && text == null) {
          throw new InvalidInputException("text", "Précisez le motif du refus.");
        }
        r.refuse(reason.code(), text, c.username(), now);
        journal.move(
            o,
            OrientationState.REFUSED,
            "Refusée par "
                + s.name()
                + " : "
                + reason.label()
                + (text == null ? "" : " — " + text));
        referralEvents.publish(r, "referral.refused", now);
        refused.fire(
            new ReferralRefused(
                r.id(),
                o.id(),
                r.beneficiaryId(),
                r.structureId(),
                reason.label() + (text == null ? "" : " — " + text),
                r.sentAt()));
      }
      case REVIEWING -> {
        r.reviewing(c.username(), now);
        referralEvents.publish(r, "referral.reviewing", now);
      }
    }
    em.flush();
    audit.record(
        AuditAction.UPDATE,
        OrientationJournal.SUBJECT,
        r.beneficiaryId(),
        "réponse du partenaire : " + in.answer().name());
    return view(r);
  }

  /**
   * The partner asks the département to orient the person elsewhere (after accepting them): the
   * orientation goes to the agents as a re-orientation request, with the partner's reason.
   */
  public PartnerReferral requestReorientation(UUID id, String reason) {
    Caller c = partner();
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          "reason", "Expliquez pourquoi une autre orientation serait préférable.");
    }
    Referral r = enter(id);
    if (r.status() != Referral.Status.ACCEPTED) {
      throw new ConflictException(
          "status",
          "Une réorientation se demande pour une personne que vous accompagnez (orientation "
              + statusLabel(r.status())
              + ").");
    }
    Orientation o = em.find(Orientation.class, r.orientationId());
    Structure s = em.find(Structure.class, r.structureId());
    journal.move(
        o,
        OrientationState.REORIENTATION_REQUESTED,
        "Demandée par " + s.name() + " (" + c.username() + ") : " + reason.strip());
    em.flush();
    audit.record(
        AuditAction.UPDATE,
        OrientationJournal.SUBJECT,
        r.beneficiaryId(),
        "réorientation demandée par le partenaire");
    return view(r);
  }

  /**
   * The caller's organisation's refusal reasons in use (the national list unless it set its own).
   */
  public List<ReasonChoice> refusalReasons() {
    partner();
    return reasons.inUse();
  }

  /**
   * The whole list as the admin set it, retired reasons included ({@code active} false); the
   * national list, all active, while the organisation has not set its own.
   */
  public List<ReasonSetting> refusalReasonSettings() {
    partnerAdmin();
    return reasons.settings();
  }

  /**
   * The organisation's admin sets its list: its own reasons, national ones retired ({@code active}
   * false); "AUTRE" stays. Replaces the whole list; audited nowhere else than in the table itself.
   */
  public List<ReasonChoice> setRefusalReasons(List<ReasonSetting> list) {
    Caller c = partnerAdmin();
    RefusalReasonRules.check(list);
    reasons.replace(c.partnerOrg().orElseThrow(), list);
    return reasons.inUse();
  }

  private Caller partnerAdmin() {
    Caller c = partner();
    if (!c.hasRole(Roles.PARTNER_ADMIN)) {
      throw new AccessDeniedException(
          "Les motifs de refus sont réglés par l'administrateur de l'organisation partenaire.");
    }
    return c;
  }

  // ---- inside ----

  /**
   * Finds the referral through the partner policy (another organisation's is not there: 404), then
   * continues the transaction in its département, as the partner user.
   */
  Referral enter(UUID id) {
    entry.enterTenantOf("referral", id, "Orientation adressée");
    Referral r = em.find(Referral.class, id);
    if (r == null) {
      throw new NotFoundException("Orientation adressée");
    }
    return r;
  }

  private PartnerReferral view(Referral r) {
    return inbox.details(r, clock.instant());
  }

  private static String statusLabel(Referral.Status s) {
    return switch (s) {
      case PENDING -> "en attente";
      case ACCEPTED -> "acceptée";
      case REFUSED -> "refusée";
      case EXPIRED -> "expirée faute de réponse";
      case WITHDRAWN -> "retirée par le département";
    };
  }

  private Caller partner() {
    Caller c = caller.get();
    if (!c.hasRole(Roles.PARTNER_USER) && !c.hasRole(Roles.PARTNER_ADMIN)) {
      throw new AccessDeniedException("Cet espace est réservé aux partenaires.");
    }
    if (c.partnerOrg().isEmpty()) {
      throw new AccessDeniedException(
          "Votre compte n'est rattaché à aucune organisation partenaire.");
    }
    return c;
  }
}
