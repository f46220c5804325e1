package fr.aiguillage.session;

import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code session.*} events, written to the outbox with the change (docs/events.md): ids, states
 * and dates only — no name, no contact. Each also tells the open day-D boards to refresh.
 */
@ApplicationScoped
public class SessionEvents {
  static final String SUBJECT = "session";

  @Inject EventPublisher publisher;
  @Inject fr.aiguillage.tenancy.CurrentCaller caller;
  @Inject Event<SessionBoardChanged> boards;

  void planned(CollectiveSession s, Instant at) {
    publish("session.planned", s, null, at, Map.of("capacity", s.capacity()));
  }

  void cancelled(CollectiveSession s, Instant at) {
    publish("session.cancelled", s, null, at, Map.of());
  }

  void held(CollectiveSession s, Instant at) {
    publish("session.held", s, null, at, Map.of());
  }

  void closed(CollectiveSession s, Instant at) {
    publish("session.closed", s, null, at, Map.of());
  }

  void personInvited(CollectiveSession s, Invitation i, Instant at) {
    publish(
        "session.person-invited",
        s,
        i,
        at,
        Map.of(
            "earlierAbsences", i.earlierAbsences(), "franceTravail", Sessions.franceTravail(s, i)));
  }

  void personDeclined(CollectiveSession s, UUID personId, Instant at) {
    publish("session.person-declined", s, s.invitationOf(personId).orElseThrow(), at, Map.of());
  }

  void personCheckedIn(CollectiveSession s, Invitation i, Instant at) {
    publish(
        "session.person-checked-in",
        s,
        i,
        at,
        Map.of("attendance", i.attendance().orElseThrow().name(), "walkIn", i.walkIn()));
  }

  void individualPath(CollectiveSession s, Invitation i, Instant at) {
    publish("session.person-to-individual-path", s, i, at, Map.of());
  }

  void personOriented(CollectiveSession s, Invitation i, Instant at) {
    publish("session.person-oriented", s, i, at, Map.of());
  }

  void personSetAside(CollectiveSession s, Invitation i, Instant at) {
    publish("session.person-set-aside", s, i, at, Map.of());
  }

  void deskStep(CollectiveSession s, Invitation i, String step, Instant at) {
    publish("session.desk-" + step, s, i, at, Map.of());
  }

  private void publish(
      String type, CollectiveSession s, Invitation i, Instant at, Map<String, Object> extra) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("schemaVersion", 1);
    payload.put("sessionId", s.id().toString());
    payload.put("kind", s.kind());
    payload.put("startsAt", s.startsAt().toString());
    payload.put("state", s.state().name());
    if (i != null) {
      payload.put("beneficiaryId", i.personId().toString());
      if (i.orientationId() != null) {
        payload.put("orientationId", i.orientationId().toString());
      }
    }
    payload.putAll(extra);
    String tenant = caller.get().requireTenant().value();
    publisher.publish(DomainEvent.of(type, SUBJECT, s.id(), tenant, at, payload));
    boards.fire(new SessionBoardChanged(tenant, s.id(), i == null ? null : i.personId()));
  }
}
