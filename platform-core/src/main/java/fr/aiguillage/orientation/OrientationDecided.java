package fr.aiguillage.orientation;

import java.time.Instant;
import java.util.UUID;

/**
 * CDI event, fired in the transaction of a decision: the person is to be told (letter, e-mail,
 * SMS). Observers that write must do so in the same transaction.
 */
public record OrientationDecided(UUID orientationId, UUID beneficiaryId, Instant at) {}
