package fr.aiguillage.ui.kit.contract;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractDesk;
import fr.aiguillage.contract.ContractInput;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.RemoteSignatures;
import fr.aiguillage.contract.SignatureConsent;
import java.util.UUID;

/**
 * What the contract screen asks of the face it sits in: the département's contracts in the staff
 * UI, a partner organisation's in the portal. Each face gives its façade ({@link #desk}), which
 * checks the caller again, and says what the person's diagnostic proposes and whether the caller
 * may write; {@link #mayWrite} only decides what the screen offers.
 */
public interface ContractPort extends ContractDesk {
  /** The façade every operation goes to. */
  ContractDesk desk();

  /** What the person's diagnostic proposes for this contract's plan. */
  ActionProposals proposals(ContractView contract);

  /** Whether the caller may change this contract (write, sign, close): the screen's offer only. */
  boolean mayWrite(ContractView contract);

  @Override
  default ContractView get(UUID id) {
    return desk().get(id);
  }

  @Override
  default ContractView edit(UUID id, ContractInput input) {
    return desk().edit(id, input);
  }

  @Override
  default ContractView submit(UUID id) {
    return desk().submit(id);
  }

  @Override
  default ContractView reopen(UUID id, String reason) {
    return desk().reopen(id, reason);
  }

  @Override
  default ContractView signAsReferent(UUID id, SignatureConsent given) {
    return desk().signAsReferent(id, given);
  }

  @Override
  default ContractView signInPerson(UUID id, SignatureConsent given) {
    return desk().signInPerson(id, given);
  }

  @Override
  default RemoteSignatures.Sent sendForRemoteSignature(UUID id, RemoteSignatures.Channel channel) {
    return desk().sendForRemoteSignature(id, channel);
  }

  @Override
  default ContractView cancel(UUID id, String reason) {
    return desk().cancel(id, reason);
  }

  @Override
  default ContractView end(UUID id, String reason) {
    return desk().end(id, reason);
  }

  @Override
  default ContractView renew(UUID id, ContractInput input) {
    return desk().renew(id, input);
  }

  @Override
  default ContractView amend(UUID id) {
    return desk().amend(id);
  }

  @Override
  default byte[] pdf(UUID id) {
    return desk().pdf(id);
  }

  @Override
  default java.util.List<fr.aiguillage.contract.PlannedAction.PartnerService> partnerServices(
      UUID id) {
    return desk().partnerServices(id);
  }
}
