package fr.aiguillage.orientation;

import static fr.aiguillage.persistence.SqlValues.instant;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.criteria.Pathway;
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
import java.util.ArrayList;
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

  private static final String INBOX =
      """
      SELECT r.id, r.tenant_id, t.name, r.structure_id, s.name, b.last_name, b.first_names,
             r.pathway, r.status, r.sent_at, r.due_at, r.reviewing_since
        FROM referral r
        JOIN structure s ON s.id = r.structure_id
        JOIN beneficiary b ON b.id = r.beneficiary_id
        JOIN tenant t ON t.code = r.tenant_id
       WHERE r.partner_org_id = current_setting('app.partner_org', true)
      """;

  /**
   * The page's referrals first (the organisation's index), then only their people; and how many
   * there are, up to {@link #COUNT_CAP} + 1, in the same statement. With no referral on the page,
   * one row of nulls carries the count.
   */
  private static final String PAGE =
      """
      WITH page AS (
        SELECT r.id, r.tenant_id, r.structure_id, r.beneficiary_id, r.pathway, r.status,
               r.sent_at, r.due_at, r.reviewing_since
          FROM referral r
         WHERE r.partner_org_id = current_setting('app.partner_org', true) {filters}
         ORDER BY r.due_at, r.id LIMIT ?3 OFFSET ?4),
      counted AS (
        SELECT count(*) AS n FROM (
          SELECT 1 FROM referral r
           WHERE r.partner_org_id = current_setting('app.partner_org', true) {filters}
           LIMIT {cap}) x)
      SELECT p.id, p.tenant_id, t.name, p.structure_id, s.name, b.last_name, b.first_names,
             p.pathway, p.status, p.sent_at, p.due_at, p.reviewing_since, c.n
        FROM counted c
        LEFT JOIN (page p
          JOIN structure s ON s.id = p.structure_id
          JOIN beneficiary b ON b.id = p.beneficiary_id
          JOIN tenant t ON t.code = p.tenant_id) ON true
       ORDER BY p.due_at, p.id
      """;

  /** Beyond this many referrals the inbox says "more than" rather than counting them all. */
  static final int COUNT_CAP = 1000;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

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
    String filters =
        (wanted.equals("ALL") ? "" : " AND r.status = ?1")
            + (structureId == null ? "" : " AND r.structure_id = ?2");
    var q =
        em.createNativeQuery(
            PAGE.replace("{filters}", filters).replace("{cap}", String.valueOf(COUNT_CAP + 1)));
    if (!wanted.equals("ALL")) {
      q.setParameter(1, wanted);
    }
    if (structureId != null) {
      q.setParameter(2, structureId);
    }
    q.setParameter(3, page.size()).setParameter(4, page.offset());
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[12]).longValue();
    List<InboxItem> items = rows.stream().filter(r -> r[0] != null).map(r -> item(r, now)).toList();
    return new Page<>(
        items, page.page(), page.size(), Math.min(total, COUNT_CAP), total > COUNT_CAP);
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
        ReasonChoice reason = reason(in.reason(), reasons(true));
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
    return reasons(true);
  }

  /**
   * The whole list as the admin set it, retired reasons included ({@code active} false); the
   * national list, all active, while the organisation has not set its own.
   */
  public List<ReasonSetting> refusalReasonSettings() {
    partnerAdmin();
    return settings();
  }

  /**
   * The organisation's admin sets its list: its own reasons, national ones retired ({@code active}
   * false); "AUTRE" stays. Replaces the whole list; audited nowhere else than in the table itself.
   */
  public List<ReasonChoice> setRefusalReasons(List<ReasonSetting> list) {
    Caller c = partnerAdmin();
    List<fr.aiguillage.shared.FieldError> errors = new ArrayList<>();
    if (list == null || list.isEmpty()) {
      throw new InvalidInputException("reasons", "Donnez au moins un motif.");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      ReasonSetting x = list.get(i);
      String code = x == null || x.code() == null ? "" : x.code().strip();
      String label = x == null || x.label() == null ? "" : x.label().strip();
      if (!code.matches("[A-Z0-9_]{2,40}")) {
        errors.add(
            new fr.aiguillage.shared.FieldError(
                "reasons[" + i + "].code", "Code de 2 à 40 caractères : majuscules, chiffres, _."));
      } else if (!seen.add(code)) {
        errors.add(
            new fr.aiguillage.shared.FieldError(
                "reasons[" + i + "].code", "Le code " + code + " est en double."));
      }
      if (label.length() < 3 || label.length() > 200) {
        errors.add(
            new fr.aiguillage.shared.FieldError(
                "reasons[" + i + "].label", "Le libellé fait de 3 à 200 caractères."));
      }
      if (code.equals(RefusalReason.AUTRE.name()) && Boolean.FALSE.equals(x.active())) {
        errors.add(
            new fr.aiguillage.shared.FieldError(
                "reasons[" + i + "].active",
                "« Autre motif » reste proposé : il laisse le partenaire s'expliquer."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String org = c.partnerOrg().orElseThrow();
    em.createNativeQuery("DELETE FROM partner_refusal_reason").executeUpdate();
    int position = 0;
    boolean other = false;
    for (ReasonSetting x : list) {
      other |= x.code().strip().equals(RefusalReason.AUTRE.name());
      insertReason(
          org, x.code().strip(), x.label().strip(), x.active() == null || x.active(), position++);
    }
    if (!other) {
      insertReason(org, RefusalReason.AUTRE.name(), RefusalReason.AUTRE.label(), true, position);
    }
    return reasons(true);
  }

  private void insertReason(String org, String code, String label, boolean active, int position) {
    em.createNativeQuery(
            "INSERT INTO partner_refusal_reason (partner_org_id, code, label, active, position)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, org)
        .setParameter(2, code)
        .setParameter(3, label)
        .setParameter(4, active)
        .setParameter(5, position)
        .executeUpdate();
  }

  /** The organisation's reasons in use, or all of them (retired ones too, for labels). */
  private List<ReasonChoice> reasons(boolean activeOnly) {
    return settings().stream()
        .filter(x -> !activeOnly || x.active())
        .map(x -> new ReasonChoice(x.code(), x.label()))
        .toList();
  }

  /** The organisation's list (under its policy) in its order, else the national one, all active. */
  private List<ReasonSetting> settings() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, label, active FROM partner_refusal_reason"
                    + " WHERE partner_org_id = current_setting('app.partner_org', true)"
                    + " ORDER BY position")
            .getResultList();
    if (rows.isEmpty()) {
      return Arrays.stream(RefusalReason.values())
          .map(x -> new ReasonSetting(x.name(), x.label(), true))
          .toList();
    }
    return rows.stream()
        .map(r -> new ReasonSetting((String) r[0], (String) r[1], (Boolean) r[2]))
        .toList();
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
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(INBOX + " AND r.id = ?1").setParameter(1, r.id()).getResultList();
    InboxItem item = item(rows.get(0), now);
    @SuppressWarnings("unchecked")
    List<Object[]> person =
        em.createNativeQuery(
                "SELECT birth_date, email, phone, address_line, address_complement, postal_code,"
                    + " commune_name FROM beneficiary WHERE id = ?1")
            .setParameter(1, r.beneficiaryId())
            .getResultList();
    Object[] p = person.get(0);
    List<String> address = new ArrayList<>();
    for (Object line : new Object[] {p[3], p[4]}) {
      if (line != null && !line.toString().isBlank()) {
        address.add(line.toString());
      }
    }
    String town = ((p[5] == null ? "" : p[5] + " ") + (p[6] == null ? "" : p[6])).strip();
    if (!town.isEmpty()) {
      address.add(town);
    }
    List<ReferentChoice> referents =
        em
            .createQuery(
                "SELECT x FROM Referent x WHERE x.structureId = :s ORDER BY x.lastName",
                Referent.class)
            .setParameter("s", r.structureId())
            .getResultList()
            .stream()
            .map(x -> new ReferentChoice(x.id(), x.name(), x.currentCaseload(), x.maxCaseload()))
            .toList();
    return new PartnerReferral(
        item,
        p[0] == null ? null : ((java.sql.Date) p[0]).toLocalDate(),
        (String) p[1],
        (String) p[2],
        address,
        r.answeredBy(),
        r.answeredAt().orElse(null),
        r.refusalCode() == null ? null : label(r.refusalCode()),
        r.answerReason(),
        r.referentId().orElse(null),
        referents,
        reasons(true),
        sharedDiagnostic(r.beneficiaryId()));
  }

  /** The latest completed diagnostic of the person, if they agreed to share it. */
  private SharedDiagnostic sharedDiagnostic(UUID beneficiaryId) {
    @SuppressWarnings("unchecked")
    List<fr.aiguillage.diagnostic.Diagnostic> shared =
        em.createQuery(
                "SELECT d FROM Diagnostic d WHERE d.beneficiaryId = :b AND d.sharedAt IS NOT NULL"
                    + " AND d.completedAt IS NOT NULL ORDER BY d.completedAt DESC")
            .setParameter("b", beneficiaryId)
            .setMaxResults(1)
            .getResultList();
    return shared.stream()
        .findFirst()
        .map(d -> new SharedDiagnostic(d.synthesis(), d.nextSteps(), d.actions(), d.completedAt()))
        .orElse(null);
  }

  private static InboxItem item(Object[] r, Instant now) {
    Instant due = instant(r[10]);
    Pathway pathway = Pathway.valueOf((String) r[7]);
    return new InboxItem(
        (UUID) r[0],
        (String) r[1],
        (String) r[2],
        (UUID) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        pathway.name(),
        pathway.label(),
        (String) r[8],
        instant(r[9]),
        due,
        "PENDING".equals(r[8]) && due.isBefore(now),
        instant(r[11]));
  }

  private static ReasonChoice reason(String code, List<ReasonChoice> offered) {
    String wanted = code == null ? "" : code.strip();
    return offered.stream()
        .filter(x -> x.code().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "reason",
                    "Choisissez le motif du refus dans la liste : "
                        + String.join(", ", offered.stream().map(ReasonChoice::code).toList())
                        + "."));
  }

  /** A refusal's label: the organisation's (retired ones too), the national one, else the code. */
  private String label(String code) {
    return reasons(false).stream()
        .filter(x -> x.code().equals(code))
        .map(ReasonChoice::label)
        .findFirst()
        .orElseGet(
            () ->
                Arrays.stream(RefusalReason.values())
                    .filter(x -> x.name().equals(code))
                    .map(RefusalReason::label)
                    .findFirst()
                    .orElse(code));
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
