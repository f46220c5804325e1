package fr.aiguillage.orientation;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryChanged;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.beneficiary.BeneficiaryStatus;
import fr.aiguillage.diagnostic.DiagnosticMilestone;
import fr.aiguillage.directory.Placement;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The orientation lifecycle, département side: orientations open with the person's file, follow
 * their diagnostic, are decided by an agent from the proposal (one at a time or a batch of simple
 * cases), addressed to a structure with an answer deadline, re-oriented or closed. Every step is
 * dated, attributed, audited and published.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class OrientationService {
  static final String SUBJECT = "beneficiary";
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject OrientationRepository orientations;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject EventPublisher events;
  @Inject Clock clock;
  @Inject Event<OrientationDecided> decided;
  @Inject Event<ReferralEscalated> escalated;

  // ---- following the person's file and diagnostic (CDI events, same transaction) ----

  void onBeneficiaryChanged(@Observes BeneficiaryChanged changed) {
    UUID id = UUID.fromString(changed.beneficiaryId());
    Orientation o = ensureOpen(id);
    if (o.state() == OrientationState.INTAKE
        && BeneficiaryStatus.TO_ORIENT.name().equals(changed.status())) {
      move(o, OrientationState.TO_ORIENT, "Entrée dans les droits et devoirs");
    }
  }

  void onDiagnostic(@Observes DiagnosticMilestone m) {
    Orientation o = ensureOpen(m.beneficiaryId());
    if (m.kind() == DiagnosticMilestone.Kind.OPENED) {
      if (o.state() == OrientationState.TO_ORIENT) {
        move(o, OrientationState.DIAGNOSTIC, null);
      }
      return;
    }
    o.recordProposal(
        m.diagnosticId(),
        Pathway.valueOf(m.proposedPathway()),
        m.proposedTarget(),
        m.proposedRule(),
        m.needsReview(),
        m.criteriaVersion());
    if (Lifecycle.allowed(o.state(), OrientationState.PROPOSED)) {
      move(o, OrientationState.PROPOSED, "Diagnostic terminé : proposition des critères");
    }
  }

  // ---- reading ----

  /** The person's orientation in progress, with its history and delays. */
  public OrientationFile ofBeneficiary(UUID beneficiaryId) {
    staff();
    Beneficiary b = person(beneficiaryId);
    Orientation o =
        b.status() == BeneficiaryStatus.CLOSED
            ? orientations.allOf(b.id()).stream().findFirst().orElseGet(() -> ensureOpen(b.id()))
            : ensureOpen(b.id());
    audit.record(AuditAction.READ, SUBJECT, b.id(), "orientation");
    return file(o, b);
  }

  public OrientationFile get(UUID id) {
    staff();
    Orientation o = load(id);
    audit.record(AuditAction.READ, SUBJECT, o.beneficiaryId(), "orientation");
    return file(o, person(o.beneficiaryId()));
  }

  /**
   * The people waiting to be oriented, the longest-waiting first (from the start of rights and
   * duties, else the claim date); {@code overdueOnly} keeps those beyond the tenant's target.
   */
  public Page<QueueItem> queue(PageRequest page, UUID territoryId, boolean overdueOnly) {
    staff();
    Tenant t = tenant(caller.get());
    LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
    LocalDate limit = today.minusDays(t.orientationTargetDays());
    List<QueueItem> items =
        orientations.queue(territoryId, overdueOnly ? limit : null, page).stream()
            .map(
                row -> {
                  Orientation o = row.orientation();
                  Beneficiary b = row.beneficiary();
                  LocalDate start =
                      b.rightsAndDutiesStart() != null
                          ? b.rightsAndDutiesStart()
                          : b.rsaClaimDate();
                  long waiting = start == null ? 0 : ChronoUnit.DAYS.between(start, today);
                  return new QueueItem(
                      o.id(),
                      b.id(),
                      b.lastName(),
                      b.firstNames(),
                      b.territoryId(),
                      o.state(),
                      o.state().label(),
                      o.stateSince(),
                      start,
                      waiting,
                      waiting > t.orientationTargetDays(),
                      o.proposedPathway().map(Enum::name).orElse(null),
                      o.proposedReview(),
                      o.version());
                })
            .toList();
    long total = orientations.countQueue(territoryId, overdueOnly ? limit : null);
    if (!items.isEmpty()) {
      audit.record(AuditAction.LIST, SUBJECT, null, "file d'attente des orientations");
    }
    return new Page<>(items, page.page(), page.size(), total, false);
  }

  /** How many people wait (a number, not a read of their files: not audited). */
  public long queueSize(UUID territoryId, boolean overdueOnly) {
    staff();
    Tenant t = tenant(caller.get());
    LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
    return orientations.countQueue(
        territoryId, overdueOnly ? today.minusDays(t.orientationTargetDays()) : null);
  }

  // ---- deciding ----

  /** An agent decides, from the proposal or otherwise (then with a reason). */
  public OrientationFile decide(UUID id, long expectedVersion, Decision decision) {
    Caller c = decider();
    Orientation o = load(id);
    checkVersion(o, expectedVersion);
    Lifecycle.check(o.state(), OrientationState.DECIDED);
    Beneficiary b = person(o.beneficiaryId());
    String override = checkDecision(o, decision);
    apply(o, decision, override, c);
    flush();
    return file(o, b);
  }

  /**
   * Accepts the proposal for each of these people whose case is simple (a proposal that needs no
   * in-depth review) with the best-placed structure; the others are listed with the reason. All or
   * nothing: if someone changes one of them meanwhile, nothing is decided.
   */
  public BatchResult decideBatch(List<UUID> ids) {
    Caller c = decider();
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInputException("orientations", "Choisissez au moins une personne.");
    }
    if (ids.size() > 200) {
      throw new InvalidInputException(
          "orientations", "200 personnes au plus par décision groupée.");
    }
    String tenant = c.requireTenant().value();
    List<Structure> all = structures.ofTenant(tenant);
    List<Referent> referents = structures.referents();
    List<UUID> decided = new ArrayList<>();
    List<BatchResult.Skipped> skipped = new ArrayList<>();
    for (UUID id : ids.stream().distinct().toList()) {
      Optional<Orientation> found = orientations.find(id);
      if (found.isEmpty()) {
        skipped.add(new BatchResult.Skipped(id, "Orientation introuvable."));
        continue;
      }
      Orientation o = found.get();
      Optional<String> why = notSimple(o);
      if (why.isPresent()) {
        skipped.add(new BatchResult.Skipped(id, why.get()));
        continue;
      }
      Pathway pathway = o.proposedPathway().orElseThrow();
      Beneficiary b = person(o.beneficiaryId());
      Optional<Placement.RankedStructure> best =
          Placement.rank(all, referents, pathway, kind(o.proposedTarget()), b.territoryId())
              .stream()
              .filter(s -> !s.full())
              .findFirst();
      if (best.isEmpty()) {
        skipped.add(
            new BatchResult.Skipped(
                id, "Aucune structure avec des places ne prend le " + pathway.label() + "."));
        continue;
      }
      UUID referent =
          best.get().referents().stream()
              .filter(r -> !r.full())
              .map(Placement.RankedReferent::id)
              .findFirst()
              .orElse(null);
      apply(o, new Decision(pathway, best.get().id(), referent, null), null, c);
      decided.add(id);
    }
    flush();
    return new BatchResult(decided, skipped);
  }

  /** Addresses the decided orientation to its structure, which has the tenant's delay to answer. */
  public OrientationFile refer(UUID id, long expectedVersion) {
    Caller c = decider();
    Orientation o = load(id);
    checkVersion(o, expectedVersion);
    Lifecycle.check(o.state(), OrientationState.REFERRED);
    UUID structureId =
        o.structureId()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "structureId", "Choisissez d'abord la structure dans la décision."));
    Structure s =
        structures.find(structureId).orElseThrow(() -> new NotFoundException("Structure"));
    Tenant t = tenant(c);
    Instant now = clock.instant();
    Instant due = now.plus(Duration.ofDays(t.referralAnswerDays()));
    Instant remind =
        due.minus(Duration.ofDays(Math.min(t.referralReminderDays(), t.referralAnswerDays())));
    Referral r =
        Referral.send(
            o.id(),
            o.beneficiaryId(),
            o.pathway().orElseThrow().name(),
            s.id(),
            s.partnerOrgId(),
            c.username(),
            now,
            due,
            remind);
    orientations.add(r);
    move(o, OrientationState.REFERRED, "Adressée à " + s.name());
    publish(r, "referral.sent", now);
    flush();
    return file(o, person(o.beneficiaryId()));
  }

  /** The agent sends a proposal back to the diagnostic for an in-depth review. */
  public OrientationFile reviewAgain(UUID id, long expectedVersion, String reason) {
    decider();
    Orientation o = load(id);
    checkVersion(o, expectedVersion);
    move(o, OrientationState.DIAGNOSTIC, required(reason, "Dites ce qu'il faut revoir."));
    flush();
    return file(o, person(o.beneficiaryId()));
  }

  /** A referent (or, later, a partner) asks for the person to be oriented elsewhere. */
  public OrientationFile requestReorientation(UUID id, String reason) {
    Caller c = caller.get();
    c.requireDepartementStaff("La réorientation est demandée par un professionnel du département.");
    Orientation o = load(id);
    move(
        o,
        OrientationState.REORIENTATION_REQUESTED,
        required(reason, "Expliquez pourquoi une autre orientation serait préférable."));
    flush();
    return file(o, person(o.beneficiaryId()));
  }

  /** An agent turns the request down: the orientation goes back where it was. */
  public OrientationFile declineReorientation(UUID id, long expectedVersion, String reason) {
    decider();
    Orientation o = load(id);
    checkVersion(o, expectedVersion);
    if (o.state() != OrientationState.REORIENTATION_REQUESTED) {
      throw new ConflictException(
          "state", "Aucune demande de réorientation n'est en cours pour cette personne.");
    }
    OrientationState back = o.resumeState().orElse(OrientationState.DECIDED);
    move(o, back, required(reason, "Expliquez à la personne qui a demandé pourquoi vous refusez."));
    flush();
    return file(o, person(o.beneficiaryId()));
  }

  /**
   * The first appointment moves the orientation: booked, back to accepted when it is cancelled or
   * missed, accompanied once held. The appointment service has checked who may.
   */
  public void followAppointment(UUID orientationId, OrientationState to, String reason) {
    if (to != OrientationState.APPOINTMENT_BOOKED
        && to != OrientationState.ACCEPTED
        && to != OrientationState.ACCOMPANIED) {
      throw new IllegalArgumentException("Not an appointment's step: " + to);
    }
    Orientation o = load(orientationId);
    if (o.state() != to) {
      move(o, to, reason);
    }
  }

  /** Exit from the RSA: the file closes, whatever its state; a pending referral is withdrawn. */
  public OrientationFile close(UUID id, String reason) {
    decider();
    Orientation o = load(id);
    Instant now = clock.instant();
    orientations
        .pendingReferral(o.id())
        .ifPresent(
            r -> {
              r.answer(Referral.Status.WITHDRAWN, caller.get().username(), "Sortie du RSA", now);
              publish(r, "referral.withdrawn", now);
            });
    move(o, OrientationState.CLOSED, required(reason, "Indiquez le motif de sortie du RSA."));
    flush();
    return file(o, person(o.beneficiaryId()));
  }

  // ---- timers (called by ReferralTimers, inside one tenant's transaction) ----

  /** Reminds and expires this tenant's due referrals; returns how many were handled. */
  public int runDueReferrals(Instant now, int max) {
    int handled = 0;
    for (Referral r : orientations.dueReferrals(now, max)) {
      if (!r.dueAt().isAfter(now)) {
        r.expire(now);
        Orientation o = load(r.orientationId());
        move(o, OrientationState.EXPIRED, "Pas de réponse de la structure dans le délai");
        publish(r, "referral.expired", now);
        publish(r, "referral.escalated", now);
        escalated.fire(
            new ReferralEscalated(
                r.id(), o.id(), o.beneficiaryId(), r.structureId(), r.sentAt(), r.dueAt()));
      } else {
        r.remind(now);
        publish(r, "referral.reminded", now);
      }
      handled++;
    }
    flush();
    return handled;
  }

  // ---- inside ----

  private Optional<String> notSimple(Orientation o) {
    if (o.state() != OrientationState.PROPOSED) {
      return Optional.of("« " + o.state().label() + " » : pas au stade de la proposition.");
    }
    if (o.proposedPathway().isEmpty()) {
      return Optional.of("Pas de proposition des critères.");
    }
    if (o.proposedReview()) {
      return Optional.of("La proposition demande un examen approfondi.");
    }
    return Optional.empty();
  }

  private String checkDecision(Orientation o, Decision d) {
    List<FieldError> errors = new ArrayList<>();
    if (d == null || d.pathway() == null) {
      throw new InvalidInputException("pathway", "Choisissez le parcours.");
    }
    Structure s = null;
    if (d.structureId() == null) {
      errors.add(new FieldError("structureId", "Choisissez la structure référente."));
    } else {
      s = structures.find(d.structureId()).orElse(null);
      if (s == null) {
        errors.add(new FieldError("structureId", "Cette structure n'est pas dans votre annuaire."));
      } else if (!s.takes(d.pathway())) {
        errors.add(
            new FieldError(
                "structureId",
                "« " + s.name() + " » ne prend pas le " + d.pathway().label() + "."));
      }
    }
    if (d.referentId() != null && s != null) {
      boolean ofStructure =
          structures.referents().stream()
              .anyMatch(
                  r -> r.id().equals(d.referentId()) && r.structureId().equals(d.structureId()));
      if (!ofStructure) {
        errors.add(new FieldError("referentId", "Ce référent n'appartient pas à cette structure."));
      }
    }
    String reason = Text.blankToNull(d.reason());
    if (reason != null && reason.length() > Limits.REASON) {
      errors.add(
          new FieldError(
              "reason", "Au plus " + Limits.REASON + " caractères (ici " + reason.length() + ")."));
    }
    boolean overriding = o.proposedPathway().map(p -> p != d.pathway()).orElse(true);
    if (overriding && reason == null) {
      errors.add(
          new FieldError(
              "reason",
              o.proposedPathway().isPresent()
                  ? "Vous choisissez un autre parcours que celui proposé ("
                      + o.proposedPathway().get().label()
                      + ") : expliquez pourquoi."
                  : "Il n'y a pas de proposition des critères : expliquez votre choix."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return overriding ? reason : null;
  }

  private void apply(Orientation o, Decision d, String override, Caller c) {
    Instant now = clock.instant();
    o.decide(d.pathway(), d.structureId(), d.referentId(), c.username(), override, now);
    move(
        o,
        OrientationState.DECIDED,
        override != null ? override : "Proposition acceptée : " + d.pathway().label());
    decided.fire(new OrientationDecided(o.id(), o.beneficiaryId(), now));
  }

  OrientationTransition move(Orientation o, OrientationState to, String reason) {
    Caller c = caller.get();
    Instant now = clock.instant();
    OrientationTransition t = o.moveTo(to, c.username(), reason, now);
    person(o.beneficiaryId()).summarise(summary(to), now);
    record(o, t);
    return t;
  }

  /** Keeps the step, audits it and publishes it with the change. */
  private void record(Orientation o, OrientationTransition t) {
    orientations.add(t);
    String tenant = caller.get().tenant().map(TenantCode::value).orElseThrow();
    audit.record(
        AuditAction.UPDATE,
        SUBJECT,
        o.beneficiaryId(),
        "orientation : "
            + (t.from() == null ? "ouverte" : t.from().name())
            + " → "
            + t.to().name());
    events.publish(
        DomainEvent.of(
            OrientationChanged.type(t.to()),
            "orientation",
            o.id(),
            tenant,
            t.at(),
            OrientationChanged.of(o, t, tenant)));
  }

  void publish(Referral r, String type, Instant at) {
    String tenant = caller.get().tenant().map(TenantCode::value).orElseThrow();
    events.publish(
        DomainEvent.of(type, "referral", r.id(), tenant, at, ReferralChanged.of(r, tenant, at)));
  }

  private Orientation ensureOpen(UUID beneficiaryId) {
    return orientations
        .openOf(beneficiaryId)
        .orElseGet(
            () -> {
              Beneficiary b = person(beneficiaryId);
              OrientationState first =
                  b.status() == BeneficiaryStatus.INTAKE
                      ? OrientationState.INTAKE
                      : OrientationState.TO_ORIENT;
              Instant now = clock.instant();
              Orientation o = Orientation.open(beneficiaryId, first, now);
              orientations.add(o);
              orientations.flush(); // its steps refer to it
              record(
                  o,
                  new OrientationTransition(
                      o.id(), null, first, caller.get().username(), "Dossier ouvert", now));
              return o;
            });
  }

  private static BeneficiaryStatus summary(OrientationState s) {
    return switch (s) {
      case INTAKE -> BeneficiaryStatus.INTAKE;
      case DECIDED, REFERRED, ACCEPTED, APPOINTMENT_BOOKED -> BeneficiaryStatus.ORIENTED;
      case ACCOMPANIED -> BeneficiaryStatus.ACCOMPANIED;
      case CLOSED -> BeneficiaryStatus.CLOSED;
      default -> BeneficiaryStatus.TO_ORIENT;
    };
  }

  private static Optional<StructureKind> kind(String target) {
    if (target == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(StructureKind.valueOf(target));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  OrientationFile file(Orientation o, Beneficiary b) {
    Tenant t = tenant(caller.get());
    LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
    LocalDate decidedOn = o.decidedAt().map(i -> LocalDate.ofInstant(i, PARIS)).orElse(null);
    return new OrientationFile(
        o.id(),
        o.beneficiaryId(),
        o.version(),
        o.state(),
        o.state().label(),
        o.stateSince(),
        Lifecycle.next(o.state()).stream().sorted().toList(),
        o.proposedPathway()
            .map(
                p ->
                    new OrientationFile.Proposed(
                        o.diagnosticId().orElse(null),
                        p.name(),
                        o.proposedTarget(),
                        o.proposedRule(),
                        o.proposedReview(),
                        o.criteriaVersion()))
            .orElse(null),
        o.pathway()
            .map(
                p ->
                    new OrientationFile.Decided(
                        p.name(),
                        o.structureId().orElse(null),
                        o.referentId().orElse(null),
                        o.decidedAt().orElse(null),
                        o.decidedBy(),
                        o.overrideReason()))
            .orElse(null),
        orientations.steps(o.id()).stream()
            .map(
                s ->
                    new OrientationFile.Step(
                        s.from(), s.to(), s.to().label(), s.at(), s.actor(), s.reason()))
            .toList(),
        orientations.referrals(o.id()).stream().map(OrientationFile.ReferralView::of).toList(),
        Delays.of(
            b.rsaClaimDate(),
            b.rightsAndDutiesStart(),
            decidedOn,
            today,
            t.orientationTargetDays()));
  }

  private Tenant tenant(Caller c) {
    return tenants.find(c.requireTenant()).orElseThrow(() -> new NotFoundException("Département"));
  }

  private Orientation load(UUID id) {
    return orientations.find(id).orElseThrow(() -> new NotFoundException("Orientation"));
  }

  private Beneficiary person(UUID id) {
    return beneficiaries.find(id).orElseThrow(() -> new NotFoundException("Dossier"));
  }

  private void checkVersion(Orientation o, long expected) {
    if (o.version() != expected) {
      throw new ConflictException(
          "version",
          "Cette orientation vient d'être modifiée par quelqu'un d'autre ("
              + o.state().label()
              + ") : rechargez le dossier.");
    }
  }

  private void flush() {
    try {
      orientations.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(
          "version",
          "Quelqu'un d'autre vient de décider pour cette personne : rechargez le dossier.");
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException
          || String.valueOf(e.getMessage()).contains("orientation_one_open")) {
        throw new ConflictException(
            "version",
            "Quelqu'un d'autre vient de modifier cette orientation : rechargez le dossier.");
      }
      throw e;
    }
  }

  private TenantCode staff() {
    return caller
        .get()
        .requireDepartementStaff("Les orientations sont réservées aux agents du département.");
  }

  private Caller decider() {
    Caller c = caller.get();
    c.requireDepartementStaff("Les orientations sont décidées par les agents du département.");
    if (!c.hasRole(Roles.ORIENTATION_AGENT)
        && !c.hasRole(Roles.COORDINATOR)
        && !c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seuls les agents d'orientation, les coordinateurs et les administrateurs décident d'une orientation.");
    }
    return c;
  }

  private static String required(String reason, String message) {
    String r = Text.blankToNull(reason);
    if (r == null) {
      throw new InvalidInputException("reason", message);
    }
    return r;
  }
}
