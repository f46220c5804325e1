package fr.aiguillage.ui.contract;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractDesk;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.Contracts;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.contract.ContractPort;
import jakarta.inject.Inject;

/**
 * The contract screen over the département's façade: its referents change the contracts the
 * département wrote; a partner's contract is read here, not changed.
 */
public class StaffContractPort implements ContractPort {
  static final String DEPARTEMENT = "DEPARTEMENT";

  private final Contracts contracts;
  private final CurrentCaller caller;

  @Inject
  public StaffContractPort(Contracts contracts, CurrentCaller caller) {
    this.contracts = contracts;
    this.caller = caller;
  }

  @Override
  public ContractDesk desk() {
    return contracts;
  }

  @Override
  public ActionProposals proposals(ContractView contract) {
    return contracts.proposals(contract.beneficiaryId());
  }

  @Override
  public boolean mayWrite(ContractView contract) {
    return caller.get().hasRole(Roles.REFERENT) && DEPARTEMENT.equals(contract.author().body());
  }
}
