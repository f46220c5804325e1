package fr.aiguillage.session;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.SlotCalendar;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.DeskContracts;
import fr.aiguillage.contract.SignatureConsent;
import fr.aiguillage.criteria.Criteria;
import fr.aiguillage.diagnostic.Diagnostic;
import fr.aiguillage.diagnostic.Diagnostics;
import fr.aiguillage.diagnostic.Respondent;
import fr.aiguillage.directory.Placement;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.OrientationDecisions;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.orientation.Referrals;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The day-D board and the desks (issue 14 items 3–4): who is in the room, who has answered, the
 * proposal for each as soon as answers are in, with its flags; then, one person at a desk at a time
 * (two agents never have the same person), the orientation validated or set aside, the simplified
 * contract signed by both, the first appointment booked on a slot of the structure.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class SessionDesk {
  /** Free slots shown per structure on the board. */
  static final int SLOTS_SHOWN = 6;

  /** How far ahead the desk looks for free slots. */
  static final int SLOT_DAYS = 21;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject SessionRepository sessions;
  @Inject Sessions planning;
  @Inject SessionEvents events;
  @Inject StructureRepository structures;
  @Inject Criteria criteria;
  @Inject Diagnostics diagnostics;
  @Inject OrientationDecisions decisions;
  @Inject Referrals referrals;
  @Inject DeskContracts contracts;
  @Inject Appointments appointments;
  @Inject SlotCalendar slots;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  // ---- the board ----

  public DeskView.Board board(UUID id) {
    planning.staff();
    CollectiveSession s = sessions.load(id);
    List<Invitation> here = s.invitations().stream().filter(Invitation::holdsAPlace).toList();
    Map<UUID, Beneficiary> people = planning.people(s);
    Map<UUID, Diagnostic> diagnosticsOf = latestDiagnostics(here);
    Map<UUID, String> contractStates = contractStates(here);
    Map<UUID, Instant> appointmentsAt = appointmentTimes(here);
    List<DeskView.Line> lines =
        here.stream()
            .map(
                i ->
                    line(
                        i,
                        people.get(i.personId()),
                        diagnosticsOf.get(i.personId()),
                        contractStates,
                        appointmentsAt))
            .sorted(
                Comparator.comparing((DeskView.Line l) -> l.attendance() == null)
                    .thenComparing(l -> l.name() == null ? "" : l.name()))
            .toList();
    audit.record(AuditAction.LIST, SessionEvents.SUBJECT, s.id(), "tableau de la session");
    return new DeskView.Board(planning.summary(s), counts(lines), lines, presentStructures(s));
  }

  private static DeskView.Counts counts(List<DeskView.Line> lines) {
    return new DeskView.Counts(
        (int) lines.stream().filter(l -> !l.walkIn()).count(),
        (int) lines.stream().filter(l -> l.attendance() != null).count(),
        (int) lines.stream().filter(l -> l.attendance() != null && l.attendance().came()).count(),
        (int) lines.stream().filter(DeskView.Line::answered).count(),
        (int) lines.stream().filter(l -> l.outcome() == Invitation.Outcome.ORIENTED).count(),
        (int) lines.stream().filter(l -> l.outcome() == Invitation.Outcome.SET_ASIDE).count(),
        (int) lines.stream().filter(l -> "SIGNED".equals(l.contractState())).count(),
        (int) lines.stream().filter(l -> l.appointmentId() != null).count());
  }

  private List<DeskView.Structure> presentStructures(CollectiveSession s) {
    List<Referent> all = structures.referents();
    LocalDate from = LocalDate.ofInstant(s.startsAt(), Sessions.PARIS);
    return s.structureIds().stream()
        .map(structures::find)
        .flatMap(Optional::stream)
        .map(
            st ->
                new DeskView.Structure(
                    st.id(),
                    st.name(),
                    st.capacity(),
                    st.capacity() == null ? null : Math.max(0, st.capacity() - st.currentLoad()),
                    referentsOf(st.id(), all),
                    freeSlots(st.id(), from).stream().limit(SLOTS_SHOWN).toList()))
        .toList();
  }

  private static List<DeskView.Referent> referentsOf(UUID structureId, List<Referent> all) {
    return all.stream()
        .filter(r -> r.structureId().equals(structureId))
        .map(r -> new DeskView.Referent(r.id(), r.name()))
        .toList();
  }

  private List<SlotDetails> freeSlots(UUID structureId, LocalDate from) {
    LocalDate today = LocalDate.now(clock.withZone(Sessions.PARIS));
    LocalDate start = from.isBefore(today) ? today : from;
    return slots.calendar(start, start.plusDays(SLOT_DAYS), structureId, true);
  }

  private DeskView.Line line(
      Invitation i,
      Beneficiary b,
      Diagnostic d,
      Map<UUID, String> contractStates,
      Map<UUID, Instant> appointmentsAt) {
    Orientation o =
        i.orientationId() == null ? null : em.find(Orientation.class, i.orientationId());
    Map<String, fr.aiguillage.diagnostic.Answer> own =
        d == null ? Map.of() : d.answers(Respondent.PERSON);
    boolean answered = !own.isEmpty();
    Instant answeredAt =
        own.values().stream()
            .map(fr.aiguillage.diagnostic.Answer::at)
            .max(Comparator.naturalOrder())
            .orElse(null);
    DeskView.Proposal proposal = d == null || b == null ? null : proposal(d, b);
    List<DeskView.Flag> flags = new ArrayList<>();
    if (proposal != null && proposal.needsReview()) {
      flags.add(DeskView.Flag.IN_DEPTH_REVIEW);
    }
    if (proposal != null && !proposal.missingAnswers().isEmpty()) {
      flags.add(DeskView.Flag.MISSING_ANSWERS);
    }
    if (d != null && !d.differences().isEmpty()) {
      flags.add(DeskView.Flag.DISAGREEMENT);
    }
    if (!answered) {
      flags.add(DeskView.Flag.NO_ANSWER);
    }
    boolean simple =
        proposal != null
            && !flags.contains(DeskView.Flag.IN_DEPTH_REVIEW)
            && !flags.contains(DeskView.Flag.MISSING_ANSWERS)
            && !flags.contains(DeskView.Flag.DISAGREEMENT);
    return new DeskView.Line(
        i.personId(),
        i.orientationId(),
        b == null ? null : b.lastName() + " " + b.firstNames(),
        i.walkIn(),
        i.attendance().orElse(null),
        i.attendance().map(Attendance::label).orElse(null),
        answered,
        answeredAt,
        proposal,
        flags,
        flags.stream().map(DeskView.Flag::label).toList(),
        simple,
        i.deskAgent().orElse(null),
        i.outcome().orElse(null),
        i.outcome().map(Invitation.Outcome::label).orElse(null),
        o == null ? null : o.state().label(),
        i.contractId().orElse(null),
        i.contractId().map(contractStates::get).orElse(null),
        i.appointmentId().orElse(null),
        i.appointmentId().map(appointmentsAt::get).orElse(null));
  }

  private DeskView.Proposal proposal(Diagnostic d, Beneficiary b) {
    var p =
        criteria.evaluateInForce(
            d.effectiveAnswers(), b.ageOn(LocalDate.now(clock.withZone(Sessions.PARIS))));
    return new DeskView.Proposal(
        p.pathway().name(),
        p.pathway().label(),
        p.targetKind().map(StructureKind::name).orElse(null),
        p.decidedBy().code(),
        p.decidedBy().explanation(),
        p.needsReview(),
        p.skippedForMissingAnswers());
  }

  private Map<UUID, Diagnostic> latestDiagnostics(List<Invitation> here) {
    List<UUID> ids = here.stream().map(Invitation::personId).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Diagnostic> latest = new HashMap<>();
    em.createQuery(
            "SELECT d FROM Diagnostic d WHERE d.beneficiaryId IN :ids ORDER BY d.createdAt",
            Diagnostic.class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(d -> latest.put(d.beneficiaryId(), d));
    return latest;
  }

  /** Each contract's state, by its id. */
  private Map<UUID, String> contractStates(List<Invitation> here) {
    return column(
        "SELECT id, state FROM contract", here, Invitation::contractId, String.class::cast);
  }

  /** Each appointment's start, by its id. */
  private Map<UUID, Instant> appointmentTimes(List<Invitation> here) {
    return column(
        "SELECT id, starts_at FROM appointment",
        here,
        Invitation::appointmentId,
        v -> ((Timestamp) v).toInstant());
  }

  /** One column of the rows these invitations point at ({@code select}: the id, then it). */
  private <T> Map<UUID, T> column(
      String select,
      List<Invitation> here,
      java.util.function.Function<Invitation, Optional<UUID>> id,
      java.util.function.Function<Object, T> value) {
    String array =
        here.stream()
            .map(id)
            .flatMap(Optional::stream)
            .map(UUID::toString)
            .collect(Collectors.joining(",", "{", "}"));
    if (array.equals("{}")) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(select + " WHERE id = ANY(CAST(?1 AS uuid[]))")
            .setParameter(1, array)
            .getResultList();
    return rows.stream()
        .collect(Collectors.toMap(r -> SessionRepository.uuid(r[0]), r -> value.apply(r[1])));
  }

  // ---- the report ----

  /** The session's figures and people (see {@link SessionReport}). */
  public SessionReport report(UUID id) {
    planning.staff();
    CollectiveSession s = sessions.load(id);
    List<Invitation> all = s.invitations();
    Map<UUID, Beneficiary> people = planning.people(s);
    Map<UUID, String> contractStates = contractStates(all);
    Map<UUID, Instant> appointmentsAt = appointmentTimes(all);
    List<SessionReport.Row> rows =
        all.stream()
            .map(
                i -> {
                  Beneficiary b = people.get(i.personId());
                  return new SessionReport.Row(
                      i.personId(),
                      b == null ? null : b.lastName() + " " + b.firstNames(),
                      i.walkIn(),
                      !i.holdsAPlace(),
                      i.attendance().orElse(null),
                      i.outcome().orElse(null),
                      i.outcomeAt().map(t -> LocalDate.ofInstant(t, Sessions.PARIS)).orElse(null),
                      i.contractId().map(contractStates::get).filter("SIGNED"::equals).isPresent(),
                      i.appointmentId().map(appointmentsAt::get).orElse(null),
                      b == null ? null : b.rightsAndDutiesStart(),
                      b == null ? null : b.rsaClaimDate());
                })
            .sorted(Comparator.comparing(r -> r.name() == null ? "" : r.name()))
            .toList();
    audit.record(AuditAction.LIST, SessionEvents.SUBJECT, s.id(), "compte rendu de la session");
    return SessionReport.of(
        s.id(), s.kind(), LocalDate.ofInstant(s.startsAt(), Sessions.PARIS), s.capacity(), rows);
  }

  // ---- the desk ----

  /** Takes the person to the caller's desk (refused if another agent has them) and shows them. */
  public DeskView.Desk open(UUID id, UUID personId) {
    Caller c = deskAgent();
    Invitation i = atDesk(id, personId, c);
    audit.record(AuditAction.READ, SessionEvents.SUBJECT, personId, "bureau de la session " + id);
    return desk(i);
  }

  /** Lets the person go back to the common list, nothing done. */
  public void release(UUID id, UUID personId) {
    Caller c = deskAgent();
    Invitation i = invitation(id, personId);
    i.release(c.username());
    sessions.flush();
  }

  /**
   * Validates the orientation: the diagnostic completed from the answers in (the person's, the
   * professional's), the decision taken on the proposal (or another pathway with a reason), the
   * structure (present ones first) and referent; the referral sent, and accepted on the spot when
   * the structure is present.
   */
  public DeskView.Desk validate(UUID id, UUID personId, SessionRequests.Validate in) {
    Caller c = deskAgent();
    Invitation i = atDesk(id, personId, c);
    orient(i, in == null ? new SessionRequests.Validate(null, null, null, null, null) : in, false);
    return desk(i);
  }

  /**
   * Validates the simple cases at once (present, a proposal without flags); the others are left for
   * the desk with the reason. Each is taken to the caller's desk on the way.
   */
  public DeskView.BatchOutcome validateSimple(UUID id, SessionRequests.ValidateSimple in) {
    Caller c = deskAgent();
    if (in == null || in.personIds() == null || in.personIds().isEmpty()) {
      throw new InvalidInputException("personIds", "Choisissez au moins une personne.");
    }
    List<UUID> oriented = new ArrayList<>();
    List<DeskView.Skipped> skipped = new ArrayList<>();
    CollectiveSession s = sessions.load(id);
    for (int k = 0; k < in.personIds().size(); k++) {
      UUID personId = Ids.optional(in.personIds().get(k), "personIds[" + k + "]");
      Optional<Invitation> found = personId == null ? Optional.empty() : s.invitationOf(personId);
      if (found.isEmpty()) {
        skipped.add(new DeskView.Skipped(personId, "Cette personne n'est pas à cette session."));
        continue;
      }
      Invitation i = sessions.invitationForUpdate(found.get().id());
      Optional<String> why = whyNotBatch(i, c);
      if (why.isPresent()) {
        skipped.add(new DeskView.Skipped(personId, why.get()));
        continue;
      }
      i.takeToDesk(c.username(), clock.instant());
      orient(i, new SessionRequests.Validate(null, null, null, null, null), true);
      i.release(c.username());
      oriented.add(personId);
    }
    sessions.flush();
    return new DeskView.BatchOutcome(oriented, skipped);
  }

  private Optional<String> whyNotBatch(Invitation i, Caller c) {
    if (i.outcome().isPresent()) {
      return Optional.of("Déjà traitée : « " + i.outcome().get().label() + " ».");
    }
    if (i.attendance().isEmpty() || !i.attendance().get().came()) {
      return Optional.of("N'est pas pointée présente.");
    }
    if (i.deskAgent().isPresent() && !i.deskAgent().get().equals(c.username())) {
      return Optional.of("Au bureau de " + i.deskAgent().get() + ".");
    }
    Beneficiary b = em.find(Beneficiary.class, i.personId());
    Diagnostic d = latestDiagnostics(List.of(i)).get(i.personId());
    if (d == null) {
      return Optional.of("Aucune réponse au questionnaire : à voir au bureau.");
    }
    DeskView.Line l = line(i, b, d, Map.of(), Map.of());
    if (!l.simple()) {
      return Optional.of(String.join(" ; ", l.flagLabels()) + " : à voir au bureau.");
    }
    return Optional.empty();
  }

  private void orient(Invitation i, SessionRequests.Validate in, boolean proposalOnly) {
    if (i.outcome().isPresent()) {
      throw new ConflictException(
          "personId", "Cette personne a déjà une suite : « " + i.outcome().get().label() + " ».");
    }
    CollectiveSession s = i.session();
    Orientation o = orientation(i);
    UUID personId = i.personId();
    if (o.state() == OrientationState.TO_ORIENT) {
      diagnostics.open(personId);
    }
    if (o.state() == OrientationState.DIAGNOSTIC) {
      Diagnostic d =
          Optional.ofNullable(latestDiagnostics(List.of(i)).get(personId))
              .filter(x -> x.status() == Diagnostic.Status.IN_PROGRESS)
              .orElseThrow(
                  () ->
                      new ConflictException("state", "Le diagnostic de cette personne est clos."));
      String synthesis =
          Optional.ofNullable(Text.blankToNull(in.synthesis()))
              .orElse(
                  "Entretien à la session collective « "
                      + s.kind()
                      + " » du "
                      + Sessions.day(s.startsAt())
                      + ".");
      Text.problem(synthesis, Limits.REASON)
          .ifPresent(
              p -> {
                throw new InvalidInputException("synthesis", p);
              });
      diagnostics.complete(d.id(), synthesis, null, List.of());
    }
    if (o.state() != OrientationState.PROPOSED) {
      throw new ConflictException(
          "state",
          "L'orientation de cette personne est « "
              + o.state().label()
              + " » : elle ne se valide plus au bureau.");
    }
    Pathway proposed = o.proposedPathway().orElseThrow();
    Pathway pathway = proposed;
    if (!proposalOnly && in.pathway() != null && !in.pathway().isBlank()) {
      try {
        pathway = Pathway.valueOf(in.pathway().strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("pathway", "Parcours « " + in.pathway() + " » inconnu.");
      }
    }
    Pathway taken = pathway;
    UUID structureId = Ids.optional(in.structureId(), "structureId");
    List<DeskView.Placement> ranked = placements(s, o, pathway, structureId == null);
    DeskView.Placement chosen =
        structureId != null
            ? ranked.stream()
                .filter(p -> p.id().equals(structureId))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "structureId", "Cette structure ne prend pas ce parcours."))
            : ranked.stream()
                .filter(p -> !p.full())
                .findFirst()
                .orElseThrow(
                    () ->
                        new ConflictException(
                            "structureId",
                            "Aucune structure avec des places ne prend le "
                                + taken.label()
                                + " : mettez la personne de côté."));
    UUID referentId = Ids.optional(in.referentId(), "referentId");
    if (referentId == null) {
      referentId = chosen.referents().stream().map(DeskView.Referent::id).findFirst().orElse(null);
    } else {
      UUID r = referentId;
      if (chosen.referents().stream().noneMatch(x -> x.id().equals(r))) {
        throw new InvalidInputException(
            "referentId", "Ce référent n'est pas un référent de " + chosen.name() + ".");
      }
    }
    decisions.decide(
        o.id(), o.version(), new Decision(pathway, chosen.id(), referentId, in.reason()));
    Structure st = structures.find(chosen.id()).orElseThrow();
    boolean onSite = (chosen.present() || st.partnerOrgId() == null) && referentId != null;
    referrals.referAtSession(o.id(), onSite, "session collective du " + Sessions.day(s.startsAt()));
    Instant now = clock.instant();
    i.outcome(Invitation.Outcome.ORIENTED, null, now);
    sessions.flush();
    events.personOriented(s, i, now);
  }

  /** Sets the person aside for an in-depth review, with the reason. */
  public DeskView.Desk setAside(UUID id, UUID personId, String reason) {
    Caller c = deskAgent();
    String why = Text.blankToNull(reason);
    if (why == null) {
      throw new InvalidInputException("reason", "Dites pourquoi la personne est mise de côté.");
    }
    Text.problem(why, 500)
        .ifPresent(
            p -> {
              throw new InvalidInputException("reason", p);
            });
    Invitation i = atDesk(id, personId, c);
    Orientation o = orientation(i);
    if (o.state() == OrientationState.PROPOSED) {
      decisions.reviewAgain(o.id(), o.version(), why);
    }
    Instant now = clock.instant();
    i.outcome(Invitation.Outcome.SET_ASIDE, why, now);
    sessions.flush();
    events.personSetAside(i.session(), i, now);
    return desk(i);
  }

  /** The simplified contract, drafted from the template in force and the diagnostic, to sign. */
  public DeskView.Desk contract(UUID id, UUID personId) {
    Caller c = deskAgent();
    Invitation i = atDesk(id, personId, c);
    requireOriented(i);
    if (i.contractId().isPresent()) {
      return desk(i);
    }
    String structure =
        orientation(i)
            .structureId()
            .flatMap(structures::find)
            .map(Structure::name)
            .orElse("la structure");
    ContractView v = contracts.draftForSignature(personId, structure);
    i.contract(v.id());
    sessions.flush();
    events.deskStep(i.session(), i, "contract-drafted", clock.instant());
    return desk(i);
  }

  /** Both signatures on the contract: the agent's, then the person's. */
  public DeskView.Desk sign(UUID id, UUID personId, SessionRequests.Signatures in) {
    Caller c = deskAgent();
    if (in == null) {
      throw new InvalidInputException("", "Le corps de la requête est vide.");
    }
    Invitation i = atDesk(id, personId, c);
    UUID contractId =
        i.contractId()
            .orElseThrow(
                () -> new ConflictException("contract", "Rédigez d'abord le contrat simplifié."));
    contracts.signBoth(
        contractId,
        new SignatureConsent(in.agentConsent(), in.agentTypedName(), in.shownSha256()),
        new SignatureConsent(in.personConsent(), in.personTypedName(), in.shownSha256()));
    events.deskStep(i.session(), i, "contract-signed", clock.instant());
    return desk(i);
  }

  /**
   * Books the first appointment on a free slot of the person's structure; a slot taken meanwhile
   * (by another desk, by the partner) is refused with the advice to choose another.
   */
  public DeskView.Desk book(UUID id, UUID personId, SessionRequests.Booking in) {
    Caller c = deskAgent();
    UUID slotId = in == null ? null : Ids.optional(in.slotId(), "slotId");
    if (slotId == null) {
      throw new InvalidInputException("slotId", "Choisissez un créneau libre.");
    }
    Invitation i = atDesk(id, personId, c);
    requireOriented(i);
    if (i.appointmentId().isPresent()) {
      throw new ConflictException(
          "slotId", "Le premier rendez-vous de cette personne est déjà fixé.");
    }
    AppointmentDetails a = appointments.bookForOrientation(i.orientationId(), slotId, "ACC");
    i.appointment(a.id());
    sessions.flush();
    events.deskStep(i.session(), i, "appointment-booked", clock.instant());
    return desk(i);
  }

  // ---- inside ----

  private DeskView.Desk desk(Invitation i) {
    CollectiveSession s = i.session();
    Beneficiary b = em.find(Beneficiary.class, i.personId());
    Diagnostic d = latestDiagnostics(List.of(i)).get(i.personId());
    DeskView.Line line = line(i, b, d, contractStates(List.of(i)), appointmentTimes(List.of(i)));
    Orientation o = orientation(i);
    Pathway pathway =
        o.pathway()
            .or(o::proposedPathway)
            .orElseGet(
                () -> line.proposal() == null ? null : Pathway.valueOf(line.proposal().pathway()));
    List<DeskView.Placement> placements =
        pathway == null || o.pathway().isPresent() ? List.of() : placements(s, o, pathway, true);
    Optional<Structure> st = o.structureId().flatMap(structures::find);
    Optional<Referent> referent = o.referentId().flatMap(structures::referent);
    ContractView contract = i.contractId().map(contracts::get).orElse(null);
    List<SlotDetails> free =
        st.isPresent() && i.appointmentId().isEmpty()
            ? freeSlots(st.get().id(), LocalDate.ofInstant(s.startsAt(), Sessions.PARIS))
            : List.of();
    AppointmentDetails appointment = i.appointmentId().map(appointments::get).orElse(null);
    return new DeskView.Desk(
        s.id(),
        line,
        o.version(),
        d == null ? List.of() : d.differences(),
        placements,
        st.map(Structure::id).orElse(null),
        st.map(Structure::name).orElse(null),
        referent.map(Referent::id).orElse(null),
        referent.map(Referent::name).orElse(null),
        i.setAsideReason().orElse(null),
        contract,
        free,
        appointment);
  }

  /**
   * The structures taking the pathway, those present at the session first; of the kind proposed
   * only when the pathway is the proposal's and {@code ofProposedKind}.
   */
  private List<DeskView.Placement> placements(
      CollectiveSession s, Orientation o, Pathway pathway, boolean ofProposedKind) {
    Beneficiary b = em.find(Beneficiary.class, o.beneficiaryId());
    Optional<StructureKind> kind =
        ofProposedKind && o.proposedPathway().map(pathway::equals).orElse(false)
            ? kind(o.proposedTarget())
            : Optional.empty();
    List<UUID> present = s.structureIds();
    return Placement.rank(
            structures.ofTenant(caller.get().requireTenant().value()),
            structures.referents(),
            pathway,
            kind,
            b.territoryId())
        .stream()
        .map(
            r ->
                new DeskView.Placement(
                    r.id(),
                    r.name(),
                    present.contains(r.id()),
                    r.sameTerritory(),
                    r.placesLeft(),
                    r.full(),
                    r.referents().stream()
                        .filter(x -> !x.full())
                        .map(x -> new DeskView.Referent(x.id(), x.name()))
                        .toList()))
        .sorted(Comparator.comparing((DeskView.Placement p) -> !p.present()))
        .toList();
  }

  private static Optional<StructureKind> kind(String target) {
    try {
      return target == null ? Optional.empty() : Optional.of(StructureKind.valueOf(target));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void requireOriented(Invitation i) {
    if (i.outcome().orElse(null) != Invitation.Outcome.ORIENTED) {
      throw new ConflictException("state", "Validez d'abord l'orientation de cette personne.");
    }
  }

  private Orientation orientation(Invitation i) {
    return Optional.ofNullable(em.find(Orientation.class, i.orientationId()))
        .orElseThrow(() -> new NotFoundException("Orientation"));
  }

  private Invitation invitation(UUID sessionId, UUID personId) {
    CollectiveSession s = sessions.load(sessionId);
    Invitation i =
        s.invitationOf(personId)
            .filter(Invitation::holdsAPlace)
            .orElseThrow(() -> new NotFoundException("Personne de la session"));
    return sessions.invitationForUpdate(i.id());
  }

  /** The person's invitation, locked and at the caller's desk (one agent at a time). */
  private Invitation atDesk(UUID sessionId, UUID personId, Caller c) {
    Invitation i = invitation(sessionId, personId);
    if (i.session().state() != SessionState.HELD && i.session().state() != SessionState.CLOSED) {
      throw new ConflictException(
          "state",
          "Le bureau s'ouvre avec l'accueil de la session ; elle est « "
              + i.session().state().label()
              + " ».");
    }
    boolean first = i.deskAgent().isEmpty();
    i.takeToDesk(c.username(), clock.instant());
    if (first) {
      sessions.flush();
      events.deskStep(i.session(), i, "taken", clock.instant());
    }
    return i;
  }

  private Caller deskAgent() {
    Caller c = planning.staff();
    if (!c.hasRole(Roles.ORIENTATION_AGENT)
        && !c.hasRole(Roles.COORDINATOR)
        && !c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Le bureau de la session est tenu par les agents d'orientation et la coordination.");
    }
    return c;
  }
}
