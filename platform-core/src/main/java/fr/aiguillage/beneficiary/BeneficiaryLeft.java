package fr.aiguillage.beneficiary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person followed leaves the RSA's rights and duties (the CAF's flow: right closed, or no longer
 * subject to rights and duties), on {@code on}, for {@code reason}; fired in the import's
 * transaction, so that each context ends what it had in progress for the person — or nothing is
 * written.
 */
public record BeneficiaryLeft(UUID beneficiaryId, String tenant, LocalDate on, String reason) {}
