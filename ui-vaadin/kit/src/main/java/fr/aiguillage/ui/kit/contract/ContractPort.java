package fr.aiguillage.ui.kit.contract;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractInput;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.RemoteSignatures;
import fr.aiguillage.contract.SignatureConsent;
import java.util.UUID;

/**
 * What the contract screen asks of the face it sits in: the département's contracts in the staff
 * UI, a partner organisation's in the portal. Each face implements it over its own façade, which
 * checks the caller again; {@link #mayWrite} only decides what the screen offers.
 */
public interface ContractPort {
  ContractView get(UUID id);

  /** What the person's diagnostic proposes for this contract's plan. */
  ActionProposals proposals(ContractView contract);

  /** Whether the caller may change this contract (write, sign, close): the screen's offer only. */
  boolean mayWrite(ContractView contract);

  ContractView edit(UUID id, ContractInput input);

  ContractView submit(UUID id);

  ContractView reopen(UUID id, String reason);

  ContractView signAsReferent(UUID id, SignatureConsent consent);

  ContractView signInPerson(UUID id, SignatureConsent consent);

  RemoteSignatures.Sent sendForRemoteSignature(UUID id, RemoteSignatures.Channel channel);

  ContractView cancel(UUID id, String reason);

  ContractView end(UUID id, String reason);

  ContractView renew(UUID id, ContractInput input);

  ContractView amend(UUID id);

  byte[] pdf(UUID id);
}
