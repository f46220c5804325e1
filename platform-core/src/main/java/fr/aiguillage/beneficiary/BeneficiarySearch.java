package fr.aiguillage.beneficiary;

import java.util.Optional;
import java.util.UUID;

/** Filters of the beneficiaries list; every one optional. */
public record BeneficiarySearch(
    Optional<String> text,
    Optional<String> cafNumber,
    Optional<UUID> territoryId,
    Optional<BeneficiaryStatus> status) {

  public static BeneficiarySearch all() {
    return new BeneficiarySearch(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
