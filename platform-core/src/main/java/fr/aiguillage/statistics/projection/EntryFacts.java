package fr.aiguillage.statistics.projection;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a person into the platform's lifecycle: an orientation (a file reopened after an
 * exit starts a new one), first seen at {@code openedAt}, and its first decision.
 */
record EntryFacts(
    UUID orientationId, Instant openedAt, Instant decidedAt, String pathway, UUID structureId) {

  static EntryFacts opened(UUID id, Instant at) {
    return new EntryFacts(id, at, null, null, null);
  }

  /** Any {@code orientation.*}: the entry is as old as its oldest event. */
  EntryFacts seen(Instant at) {
    return at.isBefore(openedAt)
        ? new EntryFacts(orientationId, at, decidedAt, pathway, structureId)
        : this;
  }

  /** An {@code orientation.decided}: the first decision stays, whatever order they come in. */
  EntryFacts decided(Instant at, String pathway, java.util.UUID structure) {
    if (decidedAt != null && !at.isBefore(decidedAt)) {
      return this;
    }
    return new EntryFacts(orientationId, openedAt, at, pathway, structure);
  }
}
