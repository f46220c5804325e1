package fr.aiguillage.session;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.diagnostic.Diagnostic;
import fr.aiguillage.diagnostic.PersonalLinkRefused;
import fr.aiguillage.diagnostic.PersonalLinks;
import fr.aiguillage.diagnostic.PersonalLinks.LinkContext;
import fr.aiguillage.notification.SessionNotice;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A collective session as the invited person sees it from their personal link: where and when they
 * hold a place, and "I cannot come" — the place freed, and, if they choose one, a place taken at a
 * later session of the same kind and territory. Acts for the link's caller only.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PersonSessions {
  /** How many later sessions the person is offered. */
  static final int CHOICES = 5;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject SessionRepository sessions;
  @Inject SessionEvents events;
  @Inject PersonalLinks links;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<SessionNotice> notices;

  /** A session, as the person's page shows it. */
  public record SessionItem(
      UUID sessionId,
      String kind,
      Instant startsAt,
      Instant endsAt,
      String address,
      String room,
      String videoUrl,
      int remainingPlaces) {
    static SessionItem of(CollectiveSession s) {
      CollectiveSession.Place p = s.place();
      return new SessionItem(
          s.id(),
          s.kind(),
          s.startsAt(),
          s.endsAt(),
          p.address(),
          p.room(),
          p.videoUrl(),
          s.remainingPlaces());
    }
  }

  /**
   * The person's place at a session to come, whether they can still decline it (the session is only
   * planned), and the later sessions with places left they may choose instead.
   */
  public record PlaceDetails(SessionItem session, boolean canDecline, List<SessionItem> others) {}

  /** What declining did: the place taken instead, if one was chosen. */
  public record Declined(Optional<SessionItem> instead) {}

  /** The person's place at a session to come, if they hold one. */
  public Optional<PlaceDetails> placeOf(LinkContext ctx) {
    UUID person = person(ctx);
    Instant now = clock.instant();
    return sessions
        .placeToCome(person, new UUID(0, 0))
        .map(sessions::load)
        .filter(s -> s.endsAt().isAfter(now))
        .map(
            s -> {
              boolean planned = s.state() == SessionState.PLANNED;
              return new PlaceDetails(
                  SessionItem.of(s),
                  planned,
                  planned
                      ? others(s, now).stream().map(SessionItem::of).toList()
                      : List.<SessionItem>of());
            });
  }

  /**
   * The person cannot come to {@code sessionId}: their place is freed; with {@code instead}, they
   * take a place at that later session (under both sessions' row locks, taken in id order, then
   * their orientation's, in the order of the coordination's invitations). A second post finds the
   * place already freed and is told so.
   *
   * @param token the link the person used: the convocation to the new session carries it
   */
  public Declined decline(LinkContext ctx, UUID sessionId, UUID instead, String token) {
    UUID person = person(ctx);
    Instant now = clock.instant();
    CollectiveSession s;
    CollectiveSession other = null;
    if (instead != null && instead.compareTo(sessionId) < 0) {
      other = sessions.loadForUpdate(instead);
      s = sessions.loadForUpdate(sessionId);
    } else {
      s = sessions.loadForUpdate(sessionId);
      other = instead == null ? null : sessions.loadForUpdate(instead);
    }
    Orientation o = orientationLocked(person);
    Invitation i =
        s.invitationOf(person)
            .filter(Invitation::holdsAPlace)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "session",
                        "Votre réponse a déjà été prise en compte : vous n'avez plus de place à cette séance."));
    if (s.state() != SessionState.PLANNED || !s.startsAt().isAfter(now)) {
      throw new ConflictException(
          "session",
          "Cette séance a commencé ou a changé : appelez le Département pour vous excuser.");
    }
    if (other != null) {
      checkChoice(s, other, now);
    }
    s.decline(person, now);
    events.personDeclined(s, person, now);
    sessions.flush();
    audit.record(
        AuditAction.UPDATE, SessionEvents.SUBJECT, s.id(), "la personne ne pourra pas venir");
    if (other == null) {
      return new Declined(Optional.empty());
    }
    if (sessions.placeToCome(person, other.id()).isPresent()) {
      throw new ConflictException("instead", "Vous avez déjà une place à une autre séance.");
    }
    Invitation there =
        other.invite(
            person, o == null ? i.orientationId() : o.id(), sessions.absences(person), now);
    sessions.flush();
    events.personInvited(other, there, now);
    notices.fire(
        new SessionNotice(
            SessionNotice.Type.CONVOCATION,
            other.id(),
            person,
            there.orientationId(),
            token,
            null));
    audit.record(
        AuditAction.UPDATE, SessionEvents.SUBJECT, other.id(), "place choisie par la personne");
    return new Declined(Optional.of(SessionItem.of(other)));
  }

  private void checkChoice(CollectiveSession s, CollectiveSession other, Instant now) {
    boolean sameTerritory =
        s.territoryId() == null
            ? other.territoryId() == null
            : s.territoryId().equals(other.territoryId());
    if (other.id().equals(s.id())
        || other.state() != SessionState.PLANNED
        || !other.startsAt().isAfter(now)
        || !other.kind().equals(s.kind())
        || !sameTerritory) {
      throw new ConflictException(
          "instead", "Cette séance ne peut pas être choisie : choisissez-en une dans la liste.");
    }
    if (other.remainingPlaces() == 0) {
      throw new ConflictException(
          "instead", "Il n'y a plus de place à cette séance : choisissez-en une autre.");
    }
  }

  /** Later planned sessions of the same kind and territory with places left, soonest first. */
  private List<CollectiveSession> others(CollectiveSession s, Instant now) {
    var q =
        em.createQuery(
                "SELECT n FROM CollectiveSession n WHERE n.state = :planned AND n.kind = :kind"
                    + " AND n.startsAt > :after AND n.id <> :id"
                    + (s.territoryId() == null
                        ? " AND n.territoryId IS NULL"
                        : " AND n.territoryId = :territory")
                    + " ORDER BY n.startsAt, n.id",
                CollectiveSession.class)
            .setParameter("planned", SessionState.PLANNED)
            .setParameter("kind", s.kind())
            .setParameter("after", now)
            .setParameter("id", s.id())
            .setMaxResults(CHOICES * 4);
    if (s.territoryId() != null) {
      q.setParameter("territory", s.territoryId());
    }
    return q.getResultStream().filter(n -> n.remainingPlaces() > 0).limit(CHOICES).toList();
  }

  private Orientation orientationLocked(UUID person) {
    return em.createQuery(
            "SELECT o FROM Orientation o WHERE o.beneficiaryId = :p"
                + " AND o.state <> fr.aiguillage.orientation.OrientationState.CLOSED",
            Orientation.class)
        .setParameter("p", person)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The person of the link: only the request that opened it acts for them. */
  private UUID person(LinkContext ctx) {
    links.requireLinkCaller(ctx);
    if (ctx.diagnosticId() == null) {
      throw new PersonalLinkRefused("Ce lien ne sert pas à répondre au questionnaire.");
    }
    Diagnostic d = em.find(Diagnostic.class, ctx.diagnosticId());
    if (d == null) {
      throw new PersonalLinkRefused("Ce lien n'est pas valide.");
    }
    return d.beneficiaryId();
  }
}
