package fr.aiguillage.orientation;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's contract signed by both parties under their orientation, fired by the contract context
 * as a CDI event inside its transaction (the dependency goes one way: contract → orientation). The
 * orientation keeps the first one for its history and delays.
 */
public record ContractMilestone(UUID contractId, UUID orientationId, Instant signedAt) {}
