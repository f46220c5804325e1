package fr.aiguillage.statistics.projection;

import java.util.List;

/**
 * A person's facts (and traits) before and after one lifecycle event ({@code cause}) was applied.
 */
record PersonChange(
    LifecycleFact cause,
    PersonFacts before,
    List<EntryFacts> entriesBefore,
    PersonFacts after,
    List<EntryFacts> entriesAfter,
    FollowUp.Traits traitsBefore,
    FollowUp.Traits traitsAfter) {

  PersonChange {
    entriesBefore = List.copyOf(entriesBefore);
    entriesAfter = List.copyOf(entriesAfter);
    traitsBefore = traitsBefore == null ? FollowUp.Traits.NONE : traitsBefore;
    traitsAfter = traitsAfter == null ? FollowUp.Traits.NONE : traitsAfter;
  }

  /** A change that says nothing of the person's traits. */
  PersonChange(
      LifecycleFact cause,
      PersonFacts before,
      List<EntryFacts> entriesBefore,
      PersonFacts after,
      List<EntryFacts> entriesAfter) {
    this(cause, before, entriesBefore, after, entriesAfter, null, null);
  }
}
