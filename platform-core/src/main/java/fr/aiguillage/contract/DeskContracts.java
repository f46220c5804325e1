package fr.aiguillage.contract;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The simplified contract of a collective session's desk (issue 14, ADR 0017): the département's
 * agent at the desk writes it in their own name from the template in force and the diagnostic,
 * freezes it, and both sign it there — the agent, then the person on the agent's screen. Called by
 * the session desk only, which checks who may.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
@TenantScoped
public class DeskContracts {
  @Inject ContractWork work;
  @Inject ContractRepository contracts;
  @Inject CurrentCaller caller;

  /** The simplified contract drafted and frozen for signature, ready to sign. */
  public ContractView draftForSignature(UUID beneficiaryId) {
    CurrentCaller.Account me = caller.account();
    Contract c =
        work.draft(
            beneficiaryId,
            ContractAuthor.departement(me.id(), me.name()),
            new ContractInput(ContractKind.SIMPLIFIE, null, null, null, null, null, null),
            false);
    return work.view(work.submit(c));
  }

  public ContractView get(UUID id) {
    return work.view(contracts.load(id));
  }

  /** The agent signs, then the person, on the same screen. */
  public ContractView signBoth(UUID id, SignatureConsent agent, SignatureConsent person) {
    Contract c = contracts.loadForUpdate(id);
    if (c.state() != ContractState.TO_SIGN) {
      throw new ConflictException(
          "state", "Ce contrat est « " + c.state().label() + " » : il ne se signe plus.");
    }
    c = work.signAsReferent(c, agent);
    c = work.signForPersonInPerson(c, person);
    return work.view(c);
  }
}
