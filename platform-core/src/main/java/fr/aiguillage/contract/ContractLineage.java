package fr.aiguillage.contract;

import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a contract stands among a person's contracts: its version (1, then one more for each
 * amendment), the contract it amends or renews, and the one that closed it. Part of {@link
 * Contract}, laid out as its columns.
 */
@Embeddable
public class ContractLineage {
  @Column(name = "contract_version", nullable = false)
  private int contractVersion;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "amends_id")
  private UUID amendsId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "renews_id")
  private UUID renewsId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "successor_id")
  private UUID successorId;

  protected ContractLineage() {}

  static ContractLineage first() {
    ContractLineage l = new ContractLineage();
    l.contractVersion = 1;
    return l;
  }

  /**
   * @throws InvalidInputException if the renewal does not start after the renewed contract
   */
  static ContractLineage renewing(Contract previous, ContractTerm renewalTerm) {
    LocalDate start = previous.content().term().start();
    if (!renewalTerm.start().isAfter(start)) {
      throw new InvalidInputException(
          "start",
          "Le renouvellement commence après le début du contrat renouvelé ("
              + ContractTerm.day(start)
              + ").");
    }
    ContractLineage l = first();
    l.renewsId = previous.id();
    return l;
  }

  static ContractLineage amending(Contract amended) {
    ContractLineage l = new ContractLineage();
    l.contractVersion = amended.lineage().contractVersion + 1;
    l.amendsId = amended.id();
    return l;
  }

  /**
   * Records {@code next} as the signed renewal or amendment ({@code what}) that closes {@code
   * self}.
   */
  void closeBy(Contract self, Contract next, boolean renewal, String what) {
    UUID itsPredecessor = renewal ? next.lineage().renewsId : next.lineage().amendsId;
    if (!self.id().equals(itsPredecessor)) {
      throw new ConflictException("successorId", "Ce contrat n'est pas " + what + " de celui-ci.");
    }
    if (next.state() != ContractState.SIGNED) {
      throw new ConflictException("successorId", "Faites d'abord signer " + what + ".");
    }
    successorId = next.id();
  }

  /** 1, then one more for each amendment. */
  public int contractVersion() {
    return contractVersion;
  }

  /** The contract this one amends, if it is an amendment. */
  public Optional<UUID> amendsId() {
    return Optional.ofNullable(amendsId);
  }

  /** The contract this one renews, if it is a renewal. */
  public Optional<UUID> renewsId() {
    return Optional.ofNullable(renewsId);
  }

  /** The renewal or amendment that closed this one. */
  public Optional<UUID> successorId() {
    return Optional.ofNullable(successorId);
  }
}
