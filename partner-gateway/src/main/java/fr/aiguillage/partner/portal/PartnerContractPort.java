package fr.aiguillage.partner.portal;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractDesk;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.PartnerContracts;
import fr.aiguillage.ui.kit.contract.ContractPort;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The contract screen over the partner's façade: the organisation's referents write and sign the
 * contracts it wrote; the façade finds no other (404).
 */
@Dependent
public class PartnerContractPort implements ContractPort {
  private final PartnerContracts contracts;

  @Inject
  public PartnerContractPort(PartnerContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public ContractDesk desk() {
    return contracts;
  }

  @Override
  public ActionProposals proposals(ContractView contract) {
    return contracts.proposalsFor(contract.id());
  }

  @Override
  public boolean mayWrite(ContractView contract) {
    return true;
  }
}
