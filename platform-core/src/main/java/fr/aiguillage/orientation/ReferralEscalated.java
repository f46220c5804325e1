package fr.aiguillage.orientation;

import java.time.Instant;
import java.util.UUID;

/** CDI event, fired in the transaction that expires a referral: the coordination is told. */
public record ReferralEscalated(
    UUID referralId,
    UUID orientationId,
    UUID beneficiaryId,
    UUID structureId,
    Instant sentAt,
    Instant dueAt) {}
