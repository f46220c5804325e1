package fr.aiguillage.orientation;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.beneficiary.BeneficiaryStatus;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The one way an orientation moves, whichever context moves it: the aggregate takes the step
 * (refusing an illegal one), the journal keeps the dated, attributed record, sums the person's file
 * up, audits the step and publishes it with the change — all in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrientationJournal {
  /** The audit log's subject: a person's file. */
  static final String SUBJECT = "beneficiary";

  @Inject OrientationRepository orientations;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject EventPublisher events;
  @Inject Clock clock;
  @Inject Event<OrientationDecided> decided;

  /** Moves the orientation to {@code to}, as the caller, now. */
  public OrientationTransition move(Orientation o, OrientationState to, String reason) {
    OrientationTransition t = o.moveTo(to, caller.get().username(), reason, clock.instant());
    keep(o, t);
    return t;
  }

  /** The agent's decision: the move to DECIDED, then the person is to be told. */
  OrientationTransition decide(Orientation o, Decision d) {
    OrientationTransition t = o.decide(d, caller.get().username(), clock.instant());
    keep(o, t);
    decided.fire(new OrientationDecided(o.id(), o.beneficiaryId(), t.at()));
    return t;
  }

  /** The person's orientation in progress; opened (and its first step kept) if there is none. */
  public Orientation openOf(UUID beneficiaryId) {
    return orientations.openOf(beneficiaryId).orElseGet(() -> open(beneficiaryId));
  }

  private Orientation open(UUID beneficiaryId) {
    OrientationState first =
        person(beneficiaryId).status() == BeneficiaryStatus.INTAKE
            ? OrientationState.INTAKE
            : OrientationState.TO_ORIENT;
    Orientation o = Orientation.open(beneficiaryId, first, clock.instant());
    orientations.add(o);
    orientations.flush(); // its steps refer to it
    record(o, o.opening(caller.get().username()));
    return o;
  }

  private void keep(Orientation o, OrientationTransition t) {
    person(o.beneficiaryId()).summarise(summary(t.to()), t.at());
    record(o, t);
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

  /** What the person's file says of their orientation. */
  static BeneficiaryStatus summary(OrientationState s) {
    return switch (s) {
      case INTAKE -> BeneficiaryStatus.INTAKE;
      case DECIDED, REFERRED, ACCEPTED, APPOINTMENT_BOOKED -> BeneficiaryStatus.ORIENTED;
      case ACCOMPANIED -> BeneficiaryStatus.ACCOMPANIED;
      case CLOSED -> BeneficiaryStatus.CLOSED;
      default -> BeneficiaryStatus.TO_ORIENT;
    };
  }

  private Beneficiary person(UUID id) {
    return beneficiaries.find(id).orElseThrow(() -> new NotFoundException("Dossier"));
  }
}
