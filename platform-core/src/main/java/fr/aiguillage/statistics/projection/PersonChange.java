package fr.aiguillage.statistics.projection;

import java.util.List;

/** A person's facts before and after one lifecycle event ({@code cause}) was applied. */
record PersonChange(
    LifecycleFact cause,
    PersonFacts before,
    List<EntryFacts> entriesBefore,
    PersonFacts after,
    List<EntryFacts> entriesAfter) {

  PersonChange {
    entriesBefore = List.copyOf(entriesBefore);
    entriesAfter = List.copyOf(entriesAfter);
  }
}
