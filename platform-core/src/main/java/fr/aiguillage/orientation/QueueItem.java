package fr.aiguillage.orientation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person waiting to be oriented, for the agent's queue (oldest first). */
public record QueueItem(
    UUID orientationId,
    UUID beneficiaryId,
    String lastName,
    String firstNames,
    UUID territoryId,
    OrientationState state,
    String stateLabel,
    Instant stateSince,
    LocalDate startDate,
    Delays.Start startBasis,
    long waitingDays,
    boolean overdue,
    String proposedPathway,
    boolean needsReview,
    long version) {}
