package fr.aiguillage.ui.contract;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractInput;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.Contracts;
import fr.aiguillage.contract.RemoteSignatures;
import fr.aiguillage.contract.SignatureConsent;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.contract.ContractPort;
import jakarta.inject.Inject;
import java.util.UUID;

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
  public ContractView get(UUID id) {
    return contracts.get(id);
  }

  @Override
  public ActionProposals proposals(ContractView contract) {
    return contracts.proposals(contract.beneficiaryId());
  }

  @Override
  public boolean mayWrite(ContractView contract) {
    return caller.get().hasRole(Roles.REFERENT) && DEPARTEMENT.equals(contract.author().body());
  }

  @Override
  public ContractView edit(UUID id, ContractInput input) {
    return contracts.edit(id, input);
  }

  @Override
  public ContractView submit(UUID id) {
    return contracts.submit(id);
  }

  @Override
  public ContractView reopen(UUID id, String reason) {
    return contracts.reopen(id, reason);
  }

  @Override
  public ContractView signAsReferent(UUID id, SignatureConsent consent) {
    return contracts.signAsReferent(id, consent);
  }

  @Override
  public ContractView signInPerson(UUID id, SignatureConsent consent) {
    return contracts.signInPerson(id, consent);
  }

  @Override
  public RemoteSignatures.Sent sendForRemoteSignature(UUID id, RemoteSignatures.Channel channel) {
    return contracts.sendForRemoteSignature(id, channel);
  }

  @Override
  public ContractView cancel(UUID id, String reason) {
    return contracts.cancel(id, reason);
  }

  @Override
  public ContractView end(UUID id, String reason) {
    return contracts.end(id, reason);
  }

  @Override
  public ContractView renew(UUID id, ContractInput input) {
    return contracts.renew(id, input);
  }

  @Override
  public ContractView amend(UUID id) {
    return contracts.amend(id);
  }

  @Override
  public byte[] pdf(UUID id) {
    return contracts.pdf(id);
  }
}
