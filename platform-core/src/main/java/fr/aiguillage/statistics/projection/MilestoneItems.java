package fr.aiguillage.statistics.projection;

import fr.aiguillage.statistics.definition.AgeBand;
import fr.aiguillage.statistics.definition.BodyKind;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A person's milestones as the pseudonymised statistics topic tells them, from their facts alone:
 * entered (a claim or a rights-and-duties start known), each entry's first decision, left the RSA.
 * An event yields the milestones it changed (new, moved, or taken back), so a late older event, or
 * one that changes nothing a milestone says, yields none.
 */
final class MilestoneItems {
  /** The kind of body of a structure of the event's département. */
  interface BodyKinds {
    BodyKind of(UUID structureId) throws SQLException;
  }

  private record State(
      String milestone,
      UUID orientationId,
      LocalDate date,
      UUID territoryId,
      LocalDate claim,
      LocalDate rightsAndDuties,
      String pathway,
      UUID structureId,
      AgeBand age) {}

  private MilestoneItems() {}

  static List<MilestoneItem> of(PersonChange change, Pseudonyms pseudonyms, BodyKinds bodies)
      throws SQLException {
    Map<String, State> before =
        states(change.before(), change.entriesBefore(), change.traitsBefore());
    Map<String, State> after = states(change.after(), change.entriesAfter(), change.traitsAfter());
    List<MilestoneItem> out = new ArrayList<>();
    for (var s : after.entrySet()) {
      if (!s.getValue().equals(before.get(s.getKey()))) {
        out.add(item(change, s.getValue(), false, pseudonyms, bodies));
      }
    }
    for (var s : before.entrySet()) {
      if (!after.containsKey(s.getKey())) {
        out.add(item(change, s.getValue(), true, pseudonyms, bodies));
      }
    }
    return out;
  }

  /** The age band on the milestone's day, from the birth year and month the file gave. */
  private static AgeBand age(FollowUp.Traits t, LocalDate day) {
    return AgeBand.of(t.birthYear(), t.birthMonth(), day);
  }

  private static Map<String, State> states(
      PersonFacts p, List<EntryFacts> entries, FollowUp.Traits t) {
    Map<String, State> out = new TreeMap<>();
    if (p.claim() != null || p.rightsAndDuties() != null) {
      LocalDate day = p.rightsAndDuties() != null ? p.rightsAndDuties() : p.claim();
      out.put(
          MilestoneItem.ENTERED,
          new State(
              MilestoneItem.ENTERED,
              null,
              day,
              p.territoryId(),
              p.claim(),
              p.rightsAndDuties(),
              null,
              null,
              age(t, day)));
    }
    for (EntryFacts e : entries) {
      if (e.decidedAt() != null) {
        LocalDate decided = e.decidedAt().atZone(LifecycleFact.PARIS).toLocalDate();
        out.put(
            MilestoneItem.FIRST_DECISION + "|" + e.orientationId(),
            new State(
                MilestoneItem.FIRST_DECISION,
                e.orientationId(),
                decided,
                p.territoryId(),
                null,
                null,
                e.pathway() == null ? Contributions.UNKNOWN : e.pathway(),
                e.structureId(),
                age(t, decided)));
      }
    }
    if (p.leftOn() != null) {
      out.put(
          MilestoneItem.LEFT,
          new State(
              MilestoneItem.LEFT,
              null,
              p.leftOn(),
              p.territoryId(),
              null,
              null,
              null,
              null,
              age(t, p.leftOn())));
    }
    return out;
  }

  private static MilestoneItem item(
      PersonChange change, State s, boolean withdrawn, Pseudonyms pseudonyms, BodyKinds bodies)
      throws SQLException {
    String tenant = change.cause().tenant();
    String entry = s.orientationId() == null ? null : pseudonyms.entry(s.orientationId());
    boolean decision = MilestoneItem.FIRST_DECISION.equals(s.milestone());
    return new MilestoneItem(
        MilestoneItem.SCHEMA_VERSION,
        pseudonyms.record(change.cause().id(), s.milestone(), entry),
        s.milestone(),
        withdrawn,
        pseudonyms.person(tenant, change.after().beneficiaryId()),
        entry,
        tenant,
        Objects.toString(s.territoryId(), null),
        ageBand(s.age()),
        s.date().toString(),
        Objects.toString(s.claim(), null),
        Objects.toString(s.rightsAndDuties(), null),
        s.pathway(),
        decision
            ? bodyKind(s.structureId() == null ? BodyKind.UNKNOWN : bodies.of(s.structureId()))
            : null);
  }

  /** The topic's codes, stable whatever the enum's names become. */
  static String ageBand(AgeBand band) {
    return switch (band) {
      case UNDER_25 -> "moins-de-25";
      case FROM_25_TO_29 -> "25-29";
      case FROM_30_TO_39 -> "30-39";
      case FROM_40_TO_49 -> "40-49";
      case FROM_50_TO_59 -> "50-59";
      case FROM_60 -> "60-et-plus";
      case UNKNOWN -> Contributions.UNKNOWN;
    };
  }

  static String bodyKind(BodyKind kind) {
    return switch (kind) {
      case FRANCE_TRAVAIL -> "france-travail";
      case DEPARTEMENT -> "departement";
      case OTHER_SPE -> "autre-spe";
      case OTHER_NON_SPE -> "autre-hors-spe";
      case UNKNOWN -> Contributions.UNKNOWN;
    };
  }
}
