package fr.aiguillage.contract;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.orientation.ContractMilestone;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The one way a contract's step is kept, whoever takes it (a département referent, a partner's, the
 * person through their link): the contract stored, the step in its history, the person's file
 * audited, the {@code contract.*} event published with the change, and the orientation told when
 * the contract is signed — all in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContractJournal {
  static final String SUBJECT = "beneficiary";

  @Inject ContractRepository contracts;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject EventPublisher events;
  @Inject Event<ContractMilestone> milestones;

  /** Stores the contract as it is now and keeps its step. */
  public Contract keep(Contract c, ContractTransition t) {
    Contract stored = contracts.save(c);
    contracts.record(t);
    audit.record(
        AuditAction.UPDATE,
        SUBJECT,
        c.beneficiaryId(),
        "contrat v" + c.lineage().contractVersion() + " : " + t.step().label().toLowerCase());
    String type = ContractChanged.type(t);
    if (type != null) {
      String tenant = caller.get().tenant().map(TenantCode::value).orElseThrow();
      events.publish(
          DomainEvent.of(
              type, "contract", c.id(), tenant, t.at(), ContractChanged.of(c, t, tenant)));
    }
    if (t.completesSignature()) {
      milestones.fire(new ContractMilestone(c.id(), c.orientationId(), t.at()));
    }
    return stored;
  }
}
