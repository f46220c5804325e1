package fr.aiguillage.contract;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
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

  static final String HOURS_AT_FIRST_APPOINTMENT =
      "Contrat simplifié signé en session collective : les heures d'activité hebdomadaires sont"
          + " fixées avec le ou la référent(e) au premier rendez-vous, puis inscrites au contrat"
          + " d'engagement.";

  /**
   * The simplified contract drafted and frozen for signature: the diagnostic's objectives, and a
   * first one, to start the accompaniment with the structure at the first appointment, where the
   * weekly hours are set (the plan says so, as the reason for asking none yet).
   */
  public ContractView draftForSignature(UUID beneficiaryId, String structureName) {
    CurrentCaller.Account me = caller.account();
    LocalDate start = work.today();
    ActionPlan plan =
        plan(
            ContractWork.proposedPlan(work.proposals(beneficiaryId, false), start.plusMonths(3)),
            structureName,
            start);
    Contract c =
        work.draft(
            beneficiaryId,
            ContractAuthor.departement(me.id(), me.name()),
            new ContractInput(ContractKind.SIMPLIFIE, start, null, null, null, plan, null),
            false);
    return work.view(work.submit(c));
  }

  /**
   * The desk's plan: first, the start of the accompaniment with the structure (the first
   * appointment, where the weekly hours are set), then the diagnostic's objectives; no hours asked
   * yet, with the reason.
   */
  static ActionPlan plan(ActionPlan proposed, String structureName, LocalDate start) {
    List<Objective> objectives = new ArrayList<>();
    objectives.add(
        new Objective(
            "Démarrer l'accompagnement avec " + structureName,
            List.of(
                new PlannedAction(
                    null,
                    "Premier rendez-vous avec le ou la référent(e) : construire le parcours et"
                        + " fixer les heures d'activité",
                    ActionCategory.JOB_SEARCH,
                    ActionParty.PERSON,
                    null,
                    start.plusDays(30),
                    0))));
    proposed.objectives().stream().limit(ActionPlan.MAX_OBJECTIVES - 1L).forEach(objectives::add);
    return new ActionPlan(objectives, 0, HOURS_AT_FIRST_APPOINTMENT);
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
