package fr.aiguillage.diagnostic;

import java.util.UUID;

/**
 * The person saved or sent answers through their link, fired as a CDI event inside that transaction
 * (for the day-D boards showing them to refresh).
 */
public record PersonAnswered(UUID diagnosticId, UUID beneficiaryId, boolean sent) {}
