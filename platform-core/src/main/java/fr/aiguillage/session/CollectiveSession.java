package fr.aiguillage.session;

import fr.aiguillage.contract.TextListConverter;
import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A collective information session (DESIGN §13): its kind, when and how long, where (an address and
 * room, or a video link), its territory and capacity; the people invited, who may decline, and who
 * are checked in at the door (someone not invited is taken as a walk-in, recorded as such).
 * Planned, then held on the day, then closed — its absentees known — or cancelled with a reason
 * (everyone invited is to be told). Every change goes through a method named after it, which
 * refuses it in French. Mapped to {@code collective_session}, its invitations to their rows.
 */
@Entity
@Table(name = "collective_session")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class CollectiveSession {
  public static final int MIN_MINUTES = 30;
  public static final int MAX_MINUTES = 8 * 60;
  public static final int MAX_CAPACITY = 500;
  public static final int MAX_STAFF = 20;
  public static final int MAX_STRUCTURES = 20;

  /** Where: an address (and room) on site, or a video link. */
  public record Place(String address, String room, String videoUrl) {
    public Place {
      address = Text.blankToNull(address);
      room = Text.blankToNull(room);
      videoUrl = Text.blankToNull(videoUrl);
    }

    public boolean online() {
      return videoUrl != null;
    }
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "duration_min", nullable = false)
  private int durationMinutes;

  @Column(name = "address")
  private String address;

  @Column(name = "room")
  private String room;

  @Column(name = "video_url")
  private String videoUrl;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "territory_id")
  private UUID territoryId;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  /** Read with the session (500 at most): the aggregate is whole inside its transaction. */
  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @MapKey(name = "personId")
  private Map<UUID, Invitation> invitations = new LinkedHashMap<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private SessionState state = SessionState.PLANNED;

  @Column(name = "cancel_reason")
  private String cancelReason;

  /** The sessions planned together ("every second Tuesday") share this id. */
  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "series_id")
  private UUID seriesId;

  @Convert(converter = TextListConverter.class)
  @Column(name = "staff")
  private List<String> staff = List.of();

  @Convert(converter = TextListConverter.class)
  @Column(name = "structure_ids")
  private List<String> structureIds = List.of();

  @Column(name = "planned_by", nullable = false)
  private String plannedBy;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** The row's version, for optimistic locking. */
  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected CollectiveSession() {}

  private CollectiveSession(
      String kind, Instant startsAt, int minutes, Place place, UUID territoryId, int capacity) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.startsAt = startsAt;
    this.durationMinutes = minutes;
    this.address = place.address();
    this.room = place.room();
    this.videoUrl = place.videoUrl();
    this.territoryId = territoryId;
    this.capacity = capacity;
  }

  /**
   * The same session {@code weeks} weeks later (same kind, duration, place, territory, capacity,
   * staff and structures present), in the same series, with nobody invited yet.
   */
  public CollectiveSession repeatedAfterWeeks(int weeks, String by, Instant now) {
    if (weeks < 1 || weeks > 52) {
      throw new InvalidInputException("everyWeeks", "La répétition va de 1 à 52 semaines.");
    }
    CollectiveSession next =
        plan(
            kind,
            startsAt.plus(Duration.ofDays(7L * weeks)),
            durationMinutes,
            place(),
            territoryId,
            capacity,
            now);
    if (seriesId == null) {
      seriesId = id;
    }
    next.seriesId = seriesId;
    next.staff = staff;
    next.structureIds = structureIds;
    next.plannedBy = by;
    next.plannedAt = now;
    return next;
  }

  /**
   * Who is assigned (staff names) and which structures are present, with their referents and slots.
   *
   * @throws InvalidInputException with every problem
   */
  public void assign(List<String> staffNames, List<UUID> structures) {
    List<FieldError> errors = new ArrayList<>();
    List<String> names =
        staffNames == null
            ? List.of()
            : staffNames.stream().map(Text::blankToNull).filter(n -> n != null).distinct().toList();
    if (names.size() > MAX_STAFF) {
      errors.add(new FieldError("staff", MAX_STAFF + " agents au plus par session."));
    }
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      int at = i;
      Text.problem(n, Limits.NAME)
          .ifPresent(p -> errors.add(new FieldError("staff[" + at + "]", p)));
      if (n.contains("\n")) {
        errors.add(new FieldError("staff[" + at + "]", "Un nom tient sur une ligne."));
      }
    }
    List<UUID> ids = structures == null ? List.of() : structures.stream().distinct().toList();
    if (ids.size() > MAX_STRUCTURES) {
      errors.add(
          new FieldError("structureIds", MAX_STRUCTURES + " structures au plus par session."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.staff = List.copyOf(names);
    this.structureIds = ids.stream().map(UUID::toString).toList();
  }

  void plannedBy(String by, Instant now) {
    this.plannedBy = by;
    this.plannedAt = now;
  }

  /** The reminder two days before has gone to everyone holding a place. */
  public void reminded(Instant now) {
    remindedAt = now;
  }

  /**
   * A session planned in the future.
   *
   * @throws InvalidInputException with every problem
   */
  public static CollectiveSession plan(
      String kind,
      Instant startsAt,
      int minutes,
      Place place,
      UUID territoryId,
      int capacity,
      Instant now) {
    List<FieldError> errors = new ArrayList<>();
    String k = Text.blankToNull(kind);
    if (k == null) {
      errors.add(new FieldError("kind", "Indiquez le type de session."));
    } else {
      Text.problem(k, Limits.LABEL).ifPresent(p -> errors.add(new FieldError("kind", p)));
    }
    if (startsAt == null) {
      errors.add(new FieldError("startsAt", "Indiquez la date et l'heure de la session."));
    } else if (!startsAt.isAfter(now)) {
      errors.add(new FieldError("startsAt", "Une session se prévoit dans le futur."));
    }
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      errors.add(
          new FieldError(
              "durationMinutes",
              "La durée va de " + MIN_MINUTES + " minutes à " + (MAX_MINUTES / 60) + " heures."));
    }
    if (place == null || (place.address() == null && place.videoUrl() == null)) {
      errors.add(new FieldError("place", "Indiquez l'adresse de la session, ou son lien visio."));
    } else if (place.address() != null && place.videoUrl() != null) {
      errors.add(
          new FieldError("place", "Une session a lieu sur place ou en visio, pas les deux."));
    }
    if (place != null) {
      checkLength(place.address(), "place.address", 300, errors);
      checkLength(place.room(), "place.room", 100, errors);
      checkLength(place.videoUrl(), "place.videoUrl", 500, errors);
      if (place.videoUrl() != null && !place.videoUrl().startsWith("https://")) {
        errors.add(new FieldError("place.videoUrl", "Le lien visio commence par https:// ."));
      }
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      errors.add(
          new FieldError("capacity", "La capacité va de 1 à " + MAX_CAPACITY + " personnes."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CollectiveSession s = new CollectiveSession(k, startsAt, minutes, place, territoryId, capacity);
    s.plannedBy("system", now);
    return s;
  }

  private static void checkLength(String text, String field, int max, List<FieldError> errors) {
    if (text != null) {
      Text.problem(text, max).ifPresent(p -> errors.add(new FieldError(field, p)));
    }
  }

  /**
   * Invites a person waiting for their orientation.
   *
   * @param earlierAbsences the sessions they were invited to and missed (2 or more: the individual
   *     convocation path instead)
   * @throws ConflictException if the session is not planned, is full, or already has them
   */
  public Invitation invite(UUID personId, UUID orientationId, int earlierAbsences, Instant now) {
    require("inviter", SessionState.PLANNED);
    if (invitations.containsKey(personId) && invitations.get(personId).holdsAPlace()) {
      throw new ConflictException("personId", "Cette personne est déjà invitée à cette session.");
    }
    if (earlierAbsences >= 2) {
      throw new ConflictException(
          "personId",
          "Cette personne a déjà manqué deux sessions : elle est convoquée individuellement.");
    }
    if (remainingPlaces() == 0) {
      throw new ConflictException(
          "capacity",
          "La session est complète (" + capacity + " places) : choisissez-en une autre.");
    }
    Invitation declined = invitations.get(personId);
    if (declined != null) {
      declined.reinvite(now);
      return declined;
    }
    Invitation i = new Invitation(this, personId, orientationId, now, false, earlierAbsences);
    invitations.put(personId, i);
    return i;
  }

  /** The person says, from their page, that they cannot come: their place is free again. */
  public void decline(UUID personId, Instant now) {
    require("se désinscrire", SessionState.PLANNED);
    invitation(personId).decline(now);
  }

  /** The day has come: check-in opens. */
  public void hold() {
    require("ouvrir l'accueil de la session", SessionState.PLANNED);
    state = SessionState.HELD;
  }

  /**
   * Checks a person in at the door; someone not invited comes in as a walk-in (beyond the capacity
   * if need be: the room decides, not the list). Checking in again corrects the first.
   */
  public Invitation checkIn(UUID personId, UUID orientationId, Attendance attendance, Instant now) {
    require("pointer les arrivées", SessionState.HELD);
    if (attendance == null) {
      throw new InvalidInputException(
          "attendance", "Indiquez présent, en retard, excusé ou absent.");
    }
    Invitation i =
        invitations.computeIfAbsent(
            personId,
            p -> {
              if (!attendance.came()) {
                throw new ConflictException(
                    "personId", "Cette personne n'est pas invitée : seule sa venue se note.");
              }
              return new Invitation(this, p, orientationId, now, true, 0);
            });
    i.checkIn(attendance, now);
    return i;
  }

  /**
   * Closes the session: those invited who were not checked in count as absent. Returns the
   * absentees to invite once more (or, after two misses, to convoke individually).
   */
  public List<Invitation> close(Instant now) {
    require("clôturer la session", SessionState.HELD);
    invitations.values().stream()
        .filter(Invitation::holdsAPlace)
        .filter(i -> i.attendance().isEmpty())
        .forEach(i -> i.checkIn(Attendance.ABSENT, now));
    state = SessionState.CLOSED;
    closedAt = now;
    return absentees();
  }

  /**
   * Cancels a planned session; returns those invited, to be told and offered the next one.
   *
   * @throws InvalidInputException without a reason
   */
  public List<Invitation> cancel(String reason) {
    require("annuler la session", SessionState.PLANNED);
    String why = Text.blankToNull(reason);
    if (why == null) {
      throw new InvalidInputException("reason", "Indiquez pourquoi la session est annulée.");
    }
    Text.problem(why, Limits.REASON)
        .ifPresent(
            p -> {
              throw new InvalidInputException("reason", p);
            });
    cancelReason = why;
    state = SessionState.CANCELLED;
    return invitations.values().stream().filter(Invitation::holdsAPlace).toList();
  }

  /** Those invited who did not come (absent; excused ones are offered the next session too). */
  public List<Invitation> absentees() {
    return invitations.values().stream()
        .filter(Invitation::holdsAPlace)
        .filter(i -> i.attendance().map(a -> !a.came()).orElse(false))
        .toList();
  }

  public int remainingPlaces() {
    long taken = invitations.values().stream().filter(i -> !i.walkIn() && i.holdsAPlace()).count();
    return (int) Math.max(0, capacity - taken);
  }

  /** The person's place at this session, if they have one. */
  public Optional<Invitation> invitationOf(UUID personId) {
    return Optional.ofNullable(invitations.get(personId));
  }

  private Invitation invitation(UUID personId) {
    return Optional.ofNullable(invitations.get(personId))
        .orElseThrow(
            () ->
                new ConflictException(
                    "personId", "Cette personne n'est pas invitée à cette session."));
  }

  private void require(String action, SessionState... allowed) {
    if (!Arrays.asList(allowed).contains(state)) {
      throw new ConflictException(
          "state", "Impossible de " + action + " : la session est « " + state.label() + " ».");
    }
  }

  public UUID id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return startsAt.plus(Duration.ofMinutes(durationMinutes));
  }

  public Place place() {
    return new Place(address, room, videoUrl);
  }

  public long rowVersion() {
    return rowVersion;
  }

  public UUID territoryId() {
    return territoryId;
  }

  public int capacity() {
    return capacity;
  }

  public SessionState state() {
    return state;
  }

  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  public Optional<UUID> seriesId() {
    return Optional.ofNullable(seriesId);
  }

  public List<String> staff() {
    return staff;
  }

  public List<UUID> structureIds() {
    return structureIds.stream().map(UUID::fromString).toList();
  }

  public String plannedBy() {
    return plannedBy;
  }

  public Instant plannedAt() {
    return plannedAt;
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public List<Invitation> invitations() {
    return Collections.unmodifiableList(new ArrayList<>(invitations.values()));
  }
}
