package fr.aiguillage.orientation;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** A journal wired to in-memory ports, as an agent of département 08, at a fixed time. */
final class JournalFakes {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  static final String AGENT = "agent-08";

  final Orientations orientations = new Orientations();
  final Person person = new Person();
  final List<String> audited = new ArrayList<>();
  final List<DomainEvent> published = new ArrayList<>();
  final Fired<OrientationDecided> decided = new Fired<>();
  final OrientationJournal journal = new OrientationJournal();

  JournalFakes() {
    CurrentCaller caller = new CurrentCaller();
    caller.actAs(
        new Caller(
            AGENT,
            Optional.of(new TenantCode("08")),
            Optional.empty(),
            Set.of(Roles.ORIENTATION_AGENT)));
    journal.orientations = orientations;
    journal.beneficiaries = new People(person);
    journal.caller = caller;
    journal.audit = new Audit(audited);
    journal.events = published::add;
    journal.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    journal.decided = decided;
  }

  /** What the repository was given to keep, and the open orientations it knows. */
  static final class Orientations extends OrientationRepository {
    final List<Object> added = new ArrayList<>();
    final Map<UUID, Orientation> open = new HashMap<>();

    @Override
    public Optional<Orientation> openOf(UUID beneficiaryId) {
      return Optional.ofNullable(open.get(beneficiaryId));
    }

    @Override
    public void add(Object entity) {
      added.add(entity);
    }

    @Override
    public void flush() {}

    List<OrientationTransition> steps() {
      return added.stream()
          .filter(OrientationTransition.class::isInstance)
          .map(OrientationTransition.class::cast)
          .toList();
    }
  }

  /** A person's file, just registered. */
  static final class Person extends Beneficiary {}

  static final class People extends BeneficiaryRepository {
    private final Beneficiary person;

    People(Beneficiary person) {
      this.person = person;
    }

    @Override
    public Optional<Beneficiary> find(UUID id) {
      return Optional.of(person);
    }
  }

  static final class Audit extends AuditLog {
    private final List<String> lines;

    Audit(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void record(AuditAction action, String subjectType, UUID subjectId, String detail) {
      lines.add(action + " " + subjectType + " " + detail);
    }
  }

  /** A CDI event whose observers are a list. */
  static final class Fired<T> implements Event<T> {
    final List<T> events = new ArrayList<>();

    @Override
    public void fire(T event) {
      events.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  /** An orientation at the proposal stage, proposing {@code pathway}. */
  static Orientation proposed(fr.aiguillage.vocabulary.Pathway pathway, boolean review) {
    Orientation o = Orientation.open(UUID.randomUUID(), OrientationState.TO_ORIENT, NOW);
    o.recordProposal(UUID.randomUUID(), pathway, "FRANCE_TRAVAIL", "r1", review, 3);
    o.moveTo(OrientationState.PROPOSED, "criteria", null, NOW);
    return o;
  }
}
