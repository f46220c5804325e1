package fr.aiguillage.partner.portal;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractInput;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.PartnerContracts;
import fr.aiguillage.contract.RemoteSignatures;
import fr.aiguillage.contract.SignatureConsent;
import fr.aiguillage.ui.kit.contract.ContractPort;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;

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
  public ContractView get(UUID id) {
    return contracts.get(id);
  }

  @Override
  public ActionProposals proposals(ContractView contract) {
    return contracts.proposalsFor(contract.id());
  }

  @Override
  public boolean mayWrite(ContractView contract) {
    return true;
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
