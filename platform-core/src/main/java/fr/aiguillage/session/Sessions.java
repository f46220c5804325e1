package fr.aiguillage.session;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import fr.aiguillage.diagnostic.Diagnostics;
import fr.aiguillage.diagnostic.PersonalLinks;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.notification.SessionNotice;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.tenancy.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collective information sessions (issue 14, DESIGN §13), the coordination's side: plan them once
 * or repeated, invite a cohort from the queue or one by one, open the check-in on the day and check
 * people in, close the session (absentees invited once more to the next one, then convoked
 * individually) or cancel it (everyone told and invited to the next one). The desk is {@link
 * SessionDesk}; the report {@link SessionReports}.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Sessions {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  public static final int MAX_OCCURRENCES = 12;

  /** The people waiting for their orientation, not yet oriented. */
  static final Set<OrientationState> INVITABLE =
      EnumSet.of(
          OrientationState.TO_ORIENT, OrientationState.DIAGNOSTIC, OrientationState.PROPOSED);

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject SessionRepository sessions;
  @Inject SessionEvents events;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject Diagnostics diagnostics;
  @Inject PersonalLinks links;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<SessionNotice> notices;

  // ---- planning ----

  /**
   * Plans a session, or a series of them ({@code everyWeeks} apart, {@code occurrences} in all).
   */
  public List<SessionView.Summary> plan(SessionRequests.Plan in) {
    Caller c = coordination();
    if (in == null) {
      throw new InvalidInputException("", "Le corps de la requête est vide.");
    }
    int occurrences = in.occurrences() == null ? 1 : in.occurrences();
    if (occurrences < 1 || occurrences > MAX_OCCURRENCES) {
      throw new InvalidInputException(
          "occurrences", "Une série compte de 1 à " + MAX_OCCURRENCES + " sessions.");
    }
    if (occurrences > 1 && in.everyWeeks() == null) {
      throw new InvalidInputException(
          "everyWeeks",
          "Indiquez l'intervalle de la série, en semaines (2 : une semaine sur deux).");
    }
    UUID territory = Ids.optional(in.territoryId(), "territoryId");
    List<FieldError> errors = new ArrayList<>();
    if (territory != null && tenants.territory(territory).isEmpty()) {
      errors.add(
          new FieldError("territoryId", "Ce territoire n'est pas un territoire du département."));
    }
    List<UUID> present = presentStructures(in.structureIds(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = clock.instant();
    CollectiveSession first =
        CollectiveSession.plan(
            in.kind(),
            in.startsAt() == null ? null : in.startsAt().toInstant(),
            in.durationMinutes() == null ? 0 : in.durationMinutes(),
            new CollectiveSession.Place(in.address(), in.room(), in.videoUrl()),
            territory,
            in.capacity() == null ? 0 : in.capacity(),
            now);
    first.assign(in.staff(), present);
    first.plannedBy(c.username(), now);
    List<CollectiveSession> planned = new ArrayList<>(List.of(first));
    for (int i = 1; i < occurrences; i++) {
      planned.add(planned.get(i - 1).repeatedAfterWeeks(in.everyWeeks(), c.username(), now));
    }
    planned.forEach(
        s -> {
          sessions.add(s);
          events.planned(s, now);
        });
    sessions.flush();
    return planned.stream().map(this::summary).toList();
  }

  /** Changes who is assigned and which structures are present. */
  public SessionView.Summary assign(UUID id, SessionRequests.Assign in) {
    coordination();
    if (in == null) {
      throw new InvalidInputException("", "Le corps de la requête est vide.");
    }
    CollectiveSession s = sessions.loadForUpdate(id);
    if (s.state() == SessionState.CLOSED || s.state() == SessionState.CANCELLED) {
      throw new ConflictException(
          "state", "La session est « " + s.state().label() + " » : elle ne change plus.");
    }
    List<FieldError> errors = new ArrayList<>();
    List<UUID> present = presentStructures(in.structureIds(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    s.assign(in.staff(), present);
    sessions.flush();
    return summary(s);
  }

  private List<UUID> presentStructures(List<String> raw, List<FieldError> errors) {
    List<UUID> ids = new ArrayList<>();
    if (raw == null) {
      return ids;
    }
    for (int i = 0; i < raw.size(); i++) {
      String field = "structureIds[" + i + "]";
      try {
        UUID id = Ids.optional(raw.get(i), field);
        if (id == null || structures.find(id).isEmpty()) {
          errors.add(
              new FieldError(field, "Cette structure n'est pas dans l'annuaire du département."));
        } else {
          ids.add(id);
        }
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    return ids;
  }

  // ---- reading ----

  /** Sessions from {@code from} (today by default) for {@code days} days, soonest first. */
  public Page<SessionView.Summary> list(LocalDate from, int days, PageRequest page) {
    staff();
    if (days < 1 || days > 366) {
      throw new InvalidInputException("days", "La période va de 1 à 366 jours.");
    }
    LocalDate start = from == null ? LocalDate.now(clock.withZone(PARIS)) : from;
    Instant a = start.atStartOfDay(PARIS).toInstant();
    Instant b = start.plusDays(days).atStartOfDay(PARIS).toInstant();
    List<SessionView.Summary> items =
        sessions.between(a, b, page.offset(), page.size()).stream().map(this::summary).toList();
    return new Page<>(items, page.page(), page.size(), sessions.countBetween(a, b), false);
  }

  public SessionView.Details get(UUID id) {
    staff();
    CollectiveSession s = sessions.load(id);
    Map<UUID, Beneficiary> people = people(s);
    audit.record(AuditAction.LIST, SessionEvents.SUBJECT, s.id(), "personnes de la session");
    return new SessionView.Details(
        summary(s),
        s.invitations().stream()
            .map(i -> person(s, i, people.get(i.personId())))
            .sorted(
                java.util.Comparator.comparing(
                    (SessionView.Person p) -> p.name() == null ? "" : p.name()))
            .toList());
  }

  /**
   * The people to invite: those of the session's territory waiting for their orientation, the
   * longest wait first, not invited to a session to come, not sent to the individual path.
   */
  public List<SessionView.Candidate> candidates(UUID id, int max) {
    staff();
    if (max < 1 || max > CollectiveSession.MAX_CAPACITY) {
      throw new InvalidInputException(
          "max", "De 1 à " + CollectiveSession.MAX_CAPACITY + " personnes à la fois.");
    }
    CollectiveSession s = sessions.load(id);
    LocalDate today = LocalDate.now(clock.withZone(PARIS));
    audit.record(AuditAction.LIST, SessionEvents.SUBJECT, s.id(), "personnes à inviter");
    return sessions.candidates(s.territoryId(), max).stream()
        .map(
            c ->
                new SessionView.Candidate(
                    c.personId(),
                    c.lastName() + " " + c.firstNames(),
                    c.waitingSince(),
                    c.waitingFrom(),
                    ChronoUnit.DAYS.between(c.waitingSince(), today)))
        .toList();
  }

  /** A person's places at sessions (most recent first), for their page. */
  public List<SessionView.PersonPlace> ofPerson(UUID personId) {
    staff();
    Beneficiary b =
        Optional.ofNullable(em.find(Beneficiary.class, personId))
            .orElseThrow(() -> new NotFoundException("Dossier"));
    audit.record(AuditAction.READ, SessionEvents.SUBJECT, personId, "sessions de la personne");
    return em.createQuery(
            "SELECT i FROM Invitation i WHERE i.personId = :p ORDER BY i.invitedAt DESC",
            Invitation.class)
        .setParameter("p", personId)
        .setMaxResults(20)
        .getResultStream()
        .map(i -> new SessionView.PersonPlace(summary(i.session()), person(i.session(), i, b)))
        .toList();
  }

  /** The planned sessions of the next {@code days} days that still have places, soonest first. */
  public List<SessionView.Summary> withPlaces(int days) {
    staff();
    Instant now = clock.instant();
    return sessions.between(now, now.plus(Duration.ofDays(days)), 0, 200).stream()
        .filter(x -> x.state() == SessionState.PLANNED && x.remainingPlaces() > 0)
        .limit(20)
        .map(this::summary)
        .toList();
  }

  // ---- inviting ----

  /**
   * Invites these people (or the first {@code fromQueue} of the queue): all or none. Each receives
   * a convocation with the link to their questionnaire.
   */
  public SessionView.Invited invite(UUID id, SessionRequests.Invite in) {
    staff();
    if (in == null
        || ((in.personIds() == null || in.personIds().isEmpty()) && in.fromQueue() == null)) {
      throw new InvalidInputException(
          "personIds",
          "Indiquez les personnes à inviter, ou combien prendre dans la file (fromQueue).");
    }
    CollectiveSession s = sessions.loadForUpdate(id);
    List<UUID> wanted = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    if (in.personIds() != null) {
      for (int i = 0; i < in.personIds().size(); i++) {
        try {
          UUID p = Ids.optional(in.personIds().get(i), "personIds[" + i + "]");
          if (p == null) {
            errors.add(new FieldError("personIds[" + i + "]", "Identifiant vide."));
          } else if (!wanted.contains(p)) {
            wanted.add(p);
          }
        } catch (InvalidInputException e) {
          errors.addAll(e.errors());
        }
      }
    }
    if (in.fromQueue() != null) {
      int n = Math.min(in.fromQueue(), s.remainingPlaces());
      sessions.candidates(s.territoryId(), n + wanted.size()).stream()
          .map(SessionRepository.Candidate::personId)
          .filter(p -> !wanted.contains(p))
          .limit(n)
          .forEach(wanted::add);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (s.state() != SessionState.PLANNED) {
      throw new ConflictException(
          "state", "Impossible d'inviter : la session est « " + s.state().label() + " ».");
    }
    if (wanted.size() > s.remainingPlaces()) {
      throw new ConflictException(
          "capacity",
          "Il reste "
              + s.remainingPlaces()
              + " place(s) à cette session : vous invitez "
              + wanted.size()
              + " personnes.");
    }
    Instant now = clock.instant();
    List<Orientation> checked = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      String field =
          in.fromQueue() == null || i < countGiven(in) ? "personIds[" + i + "]" : "fromQueue";
      try {
        checked.add(invitable(s, wanted.get(i), field));
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    for (Orientation o : checked) {
      Invitation inv =
          s.invite(o.beneficiaryId(), o.id(), sessions.absences(o.beneficiaryId()), now);
      sessions.flush();
      convoke(s, inv, SessionNotice.Type.CONVOCATION, null);
      events.personInvited(s, inv, now);
    }
    sessions.flush();
    audit.record(
        AuditAction.UPDATE,
        SessionEvents.SUBJECT,
        s.id(),
        wanted.size() + " personne(s) invitée(s)");
    return new SessionView.Invited(wanted, s.remainingPlaces());
  }

  private static int countGiven(SessionRequests.Invite in) {
    return in.personIds() == null ? 0 : in.personIds().size();
  }

  /**
   * The person's orientation, locked (two sessions never take the same person at once), checked: of
   * this département, waiting for their orientation, without a place at a session to come.
   */
  private Orientation invitable(CollectiveSession s, UUID personId, String field) {
    Orientation o = openOrientation(personId, field);
    if (!INVITABLE.contains(o.state())) {
      throw new InvalidInputException(
          field,
          "Cette personne est déjà orientée (« "
              + o.state().label()
              + " ») : la session est pour les personnes à orienter.");
    }
    Optional<UUID> elsewhere = sessions.placeToCome(personId, s.id());
    if (elsewhere.isPresent()) {
      CollectiveSession other = sessions.load(elsewhere.get());
      throw new InvalidInputException(
          field, "Cette personne est déjà invitée à la session du " + day(other.startsAt()) + ".");
    }
    if (s.invitationOf(personId).map(Invitation::holdsAPlace).orElse(false)) {
      throw new InvalidInputException(field, "Cette personne est déjà invitée à cette session.");
    }
    if (sessions.absences(personId) >= 2) {
      throw new InvalidInputException(
          field,
          "Cette personne a déjà manqué deux sessions : elle est convoquée individuellement.");
    }
    return o;
  }

  /**
   * The person's open orientation, its row locked; refused if none (or not of this département).
   */
  private Orientation openOrientation(UUID personId, String field) {
    return em.createQuery(
            "SELECT o FROM Orientation o WHERE o.beneficiaryId = :p"
                + " AND o.state <> fr.aiguillage.orientation.OrientationState.CLOSED",
            Orientation.class)
        .setParameter("p", personId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    em.find(Beneficiary.class, personId) == null
                        ? "Personne introuvable dans ce département."
                        : "Cette personne n'a pas d'orientation en cours."));
  }

  /**
   * The convocation (or reminder, or cancellation) to the person: with a fresh link to their
   * questionnaire when they still have questions to answer (the diagnostic is opened if need be).
   */
  void convoke(CollectiveSession s, Invitation i, SessionNotice.Type type, UUID next) {
    String token = null;
    Orientation o = em.find(Orientation.class, i.orientationId());
    if (o != null
        && (o.state() == OrientationState.TO_ORIENT || o.state() == OrientationState.DIAGNOSTIC)) {
      DiagnosticDetails d = diagnostics.open(i.personId());
      CollectiveSession target = next == null ? s : sessions.load(next);
      long days =
          Math.max(
              1,
              Math.min(
                  PersonalLinks.MAX_DAYS,
                  Duration.between(clock.instant(), target.endsAt()).toDays() + 1));
      token = links.issue(d.id(), (int) days).token();
    }
    notices.fire(new SessionNotice(type, s.id(), i.personId(), i.orientationId(), token, next));
  }

  /**
   * The person left the RSA's rights and duties (the CAF's flow): their places at sessions to come
   * are freed.
   */
  void onLeft(
      @jakarta.enterprise.event.Observes @jakarta.annotation.Priority(150)
          fr.aiguillage.beneficiary.BeneficiaryLeft left) {
    UUID none = new UUID(0, 0);
    Optional<UUID> place;
    while ((place = sessions.placeToCome(left.beneficiaryId(), none)).isPresent()) {
      decline(place.get(), left.beneficiaryId());
    }
  }

  /** The person cannot come (told by phone, at the counter): their place is free again. */
  public SessionView.Summary decline(UUID id, UUID personId) {
    staff();
    CollectiveSession s = sessions.loadForUpdate(id);
    Instant now = clock.instant();
    s.decline(personId, now);
    events.personDeclined(s, personId, now);
    sessions.flush();
    return summary(s);
  }

  /**
   * Cancels a planned session: everyone invited is told and invited to the next session of the same
   * kind and territory (while it has places).
   */
  public SessionView.Followed cancel(UUID id, String reason) {
    coordination();
    CollectiveSession s = sessions.loadForUpdate(id);
    Instant now = clock.instant();
    List<Invitation> told = s.cancel(reason);
    events.cancelled(s, now);
    sessions.flush();
    Optional<CollectiveSession> next = nextFor(s, now);
    List<UUID> moved = new ArrayList<>();
    for (Invitation i : told) {
      UUID to = null;
      if (next.isPresent() && next.get().remainingPlaces() > 0) {
        Invitation there =
            next.get().invite(i.personId(), i.orientationId(), i.earlierAbsences(), now);
        i.offeredNext(next.get().id());
        sessions.flush();
        events.personInvited(next.get(), there, now);
        moved.add(i.personId());
        to = next.get().id();
      }
      convoke(s, i, SessionNotice.Type.CANCELLATION, to);
    }
    sessions.flush();
    return new SessionView.Followed(moved, next.map(CollectiveSession::id).orElse(null), List.of());
  }

  private Optional<CollectiveSession> nextFor(CollectiveSession s, Instant now) {
    return sessions.nextAfter(s, now).map(n -> sessions.loadForUpdate(n.id()));
  }

  // ---- the day ----

  /** Opens the check-in: on the day (from 24 hours before the start). */
  public SessionView.Summary hold(UUID id) {
    staff();
    CollectiveSession s = sessions.loadForUpdate(id);
    Instant now = clock.instant();
    if (now.isBefore(s.startsAt().minus(Duration.ofHours(24)))) {
      throw new ConflictException(
          "state", "L'accueil ouvre le jour de la session (le " + day(s.startsAt()) + ").");
    }
    s.hold();
    events.held(s, now);
    sessions.flush();
    return summary(s);
  }

  /**
   * Checks a person in at the door (present, late, excused, absent); someone not invited comes in
   * as a walk-in, recorded as such (a person of this département waiting for their orientation).
   */
  public SessionView.Person checkIn(UUID id, SessionRequests.CheckIn in) {
    staff();
    if (in == null) {
      throw new InvalidInputException("", "Le corps de la requête est vide.");
    }
    UUID personId = Ids.optional(in.personId(), "personId");
    if (personId == null) {
      throw new InvalidInputException("personId", "Indiquez la personne (personId).");
    }
    Attendance attendance = attendance(in.attendance());
    CollectiveSession s = sessions.loadForUpdate(id);
    Instant now = clock.instant();
    boolean walkIn = s.invitationOf(personId).isEmpty();
    UUID orientationId = null;
    if (walkIn) {
      if (s.state() != SessionState.HELD) {
        s.checkIn(personId, null, attendance, now); // refuses with the state
      }
      orientationId = openOrientation(personId, "personId").id();
    }
    Invitation i = s.checkIn(personId, orientationId, attendance, now);
    sessions.flush();
    if (walkIn) {
      Orientation o = em.find(Orientation.class, orientationId);
      if (o.state() == OrientationState.TO_ORIENT) {
        diagnostics.open(personId);
      }
    }
    events.personCheckedIn(s, i, now);
    sessions.flush();
    return person(s, i, em.find(Beneficiary.class, personId));
  }

  private static Attendance attendance(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException(
          "attendance", "Indiquez PRESENT, LATE (en retard), EXCUSED (excusé) ou ABSENT.");
    }
    try {
      return Attendance.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "attendance",
          "« " + raw + " » : indiquez PRESENT, LATE (en retard), EXCUSED (excusé) ou ABSENT.");
    }
  }

  /**
   * Closes the session: who was not checked in is absent. The absent and excused are invited to the
   * next session once; those absent a second time go to the individual convocation path.
   */
  public SessionView.Followed close(UUID id) {
    staff();
    CollectiveSession s = sessions.loadForUpdate(id);
    Instant now = clock.instant();
    List<Invitation> missing = s.close(now);
    events.closed(s, now);
    sessions.flush();
    Optional<CollectiveSession> next = nextFor(s, now);
    List<UUID> moved = new ArrayList<>();
    List<UUID> individual = new ArrayList<>();
    for (Invitation i : missing) {
      int absences = sessions.absences(i.personId());
      Orientation o = em.find(Orientation.class, i.orientationId());
      if (o == null || !INVITABLE.contains(o.state())) {
        continue;
      }
      if (absences >= 2) {
        i.toIndividualPath();
        individual.add(i.personId());
        events.individualPath(s, i, now);
      } else if (next.isPresent()
          && next.get().remainingPlaces() > 0
          && sessions.placeToCome(i.personId(), s.id()).isEmpty()) {
        Invitation there = next.get().invite(i.personId(), i.orientationId(), absences, now);
        i.offeredNext(next.get().id());
        sessions.flush();
        convoke(next.get(), there, SessionNotice.Type.CONVOCATION, null);
        events.personInvited(next.get(), there, now);
        moved.add(i.personId());
      }
    }
    sessions.flush();
    return new SessionView.Followed(
        moved, next.map(CollectiveSession::id).orElse(null), individual);
  }

  // ---- views ----

  Map<UUID, Beneficiary> people(CollectiveSession s) {
    List<UUID> ids = s.invitations().stream().map(Invitation::personId).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT b FROM Beneficiary b WHERE b.id IN :ids", Beneficiary.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Beneficiary::id, Function.identity()));
  }

  SessionView.Summary summary(CollectiveSession s) {
    CollectiveSession.Place p = s.place();
    return new SessionView.Summary(
        s.id(),
        s.kind(),
        s.startsAt(),
        s.endsAt(),
        (int) Duration.between(s.startsAt(), s.endsAt()).toMinutes(),
        p.address(),
        p.room(),
        p.videoUrl(),
        s.territoryId(),
        s.territoryId() == null
            ? null
            : tenants.territory(s.territoryId()).map(Territory::name).orElse(null),
        s.capacity(),
        (int) s.invitations().stream().filter(i -> !i.walkIn() && i.holdsAPlace()).count(),
        s.remainingPlaces(),
        s.state(),
        s.state().label(),
        s.cancelReason().orElse(null),
        s.seriesId().orElse(null),
        s.staff(),
        s.structureIds().stream()
            .map(
                id ->
                    new SessionView.Named(id, structures.find(id).map(Structure::name).orElse("?")))
            .toList(),
        s.rowVersion());
  }

  SessionView.Person person(CollectiveSession s, Invitation i, Beneficiary b) {
    return new SessionView.Person(
        i.personId(),
        i.orientationId(),
        b == null ? null : b.lastName() + " " + b.firstNames(),
        i.invitedAt(),
        i.walkIn(),
        !i.holdsAPlace(),
        i.attendance().orElse(null),
        i.attendance().map(Attendance::label).orElse(null),
        i.outcome().orElse(null),
        i.outcome().map(Invitation.Outcome::label).orElse(null),
        i.nextSessionId().orElse(null),
        i.individualPath(),
        franceTravail(s, i));
  }

  /** The collective appointment in France Travail's terms (typeReception COL, motif ORI). */
  static SessionView.FranceTravailRdv franceTravail(CollectiveSession s, Invitation i) {
    CollectiveSession.Place p = s.place();
    String statut;
    if (!i.holdsAPlace() || s.state() == SessionState.CANCELLED) {
      statut = "ANNULE";
    } else if (i.attendance().isEmpty()) {
      statut = "PLANIFIE";
    } else {
      statut =
          switch (i.attendance().get()) {
            case PRESENT, LATE -> "HONORE";
            case EXCUSED -> "EXCUSE";
            case ABSENT -> "ABSENT";
          };
    }
    return new SessionView.FranceTravailRdv(
        s.id() + ":" + i.personId(),
        "COL",
        "ORI",
        p.online() ? "VISIO" : "PHYSIQUE",
        "DEPARTEMENT",
        s.startsAt().atZone(PARIS).toLocalDateTime().toString(),
        (int) Duration.between(s.startsAt(), s.endsAt()).toMinutes(),
        p.online() ? p.videoUrl() : p.address() + (p.room() == null ? "" : ", " + p.room()),
        statut);
  }

  static String day(Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
        .format(at.atZone(PARIS));
  }

  Caller staff() {
    Caller c = caller.get();
    c.requireDepartementStaff("Les sessions collectives sont organisées par le département.");
    return c;
  }

  private Caller coordination() {
    Caller c = staff();
    if (!c.hasRole(Roles.COORDINATOR) && !c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Les sessions sont planifiées et annulées par la coordination.");
    }
    return c;
  }

  static NotFoundException notFound() {
    return new NotFoundException("Session");
  }
}
