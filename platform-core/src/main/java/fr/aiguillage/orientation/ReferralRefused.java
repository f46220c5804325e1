package fr.aiguillage.orientation;

import java.time.Instant;
import java.util.UUID;

/** CDI event, fired in the transaction of a partner's refusal: the coordination is told. */
public record ReferralRefused(
    UUID referralId,
    UUID orientationId,
    UUID beneficiaryId,
    UUID structureId,
    String reason,
    Instant at) {}
