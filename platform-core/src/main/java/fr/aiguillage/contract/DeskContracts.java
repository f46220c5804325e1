package fr.aiguillage.contract;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
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
    ContractInput defaults =
        new ContractInput(ContractKind.SIMPLIFIE, null, null, null, null, null, null);
    LocalDate dueBy = work.term(defaults).reviewOn();
    ActionPlan plan =
        withHours(ContractWork.proposedPlan(work.proposals(beneficiaryId, false), dueBy), dueBy);
    Contract c =
        work.draft(
            beneficiaryId,
            ContractAuthor.departement(me.id(), me.name()),
            new ContractInput(ContractKind.SIMPLIFIE, null, null, null, null, plan, null),
            false);
    return work.view(work.submit(c));
  }

  /**
   * The proposed plan leaves the hours at 0 for the referent and the person to set; at the desk the
   * contract is signed there and then, so the hours asked are spread over the proposed actions (or
   * given to the first appointments with the referent when nothing is proposed).
   */
  static ActionPlan withHours(ActionPlan proposed, LocalDate dueBy) {
    int required = proposed.requiredWeeklyHours();
    List<PlannedAction> actions = proposed.actions();
    if (actions.isEmpty()) {
      return new ActionPlan(
          List.of(
              new Objective(
                  "Engager le parcours d'insertion",
                  List.of(
                      new PlannedAction(
                          null,
                          "Accompagnement avec le ou la référent(e) et démarches convenues",
                          ActionCategory.JOB_SEARCH,
                          ActionParty.PERSON,
                          null,
                          dueBy,
                          required)))),
          required,
          null);
    }
    int each = (int) Math.ceil((double) required / actions.size());
    List<Objective> objectives =
        proposed.objectives().stream()
            .map(
                o ->
                    new Objective(
                        o.title(),
                        o.actions().stream()
                            .map(
                                a ->
                                    new PlannedAction(
                                        a.catalogueCode(),
                                        a.label(),
                                        a.category(),
                                        a.who(),
                                        a.partner(),
                                        a.dueBy(),
                                        Math.min(ActionPlan.MAX_HOURS_PER_WEEK, each)))
                            .toList()))
            .toList();
    return new ActionPlan(objectives, required, proposed.exemptionReason());
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
