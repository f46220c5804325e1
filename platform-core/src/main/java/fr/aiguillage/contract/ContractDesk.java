package fr.aiguillage.contract;

import java.util.UUID;

/**
 * What can be done to one contract, the same for the département ({@link Contracts}) and a partner
 * ({@link PartnerContracts}); each façade decides who may, and the screens work through this.
 */
public interface ContractDesk {
  ContractView get(UUID id);

  ContractView edit(UUID id, ContractInput input);

  ContractView submit(UUID id);

  ContractView reopen(UUID id, String reason);

  ContractView signAsReferent(UUID id, SignatureConsent given);

  ContractView signInPerson(UUID id, SignatureConsent given);

  RemoteSignatures.Sent sendForRemoteSignature(UUID id, RemoteSignatures.Channel channel);

  ContractView cancel(UUID id, String reason);

  ContractView end(UUID id, String reason);

  ContractView renew(UUID id, ContractInput input);

  ContractView amend(UUID id);

  byte[] pdf(UUID id);

  /**
   * The services of the contract's département an action can be entrusted to (the directory's
   * structures), by name.
   */
  java.util.List<PlannedAction.PartnerService> partnerServices(UUID id);
}
