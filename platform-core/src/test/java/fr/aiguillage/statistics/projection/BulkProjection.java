package fr.aiguillage.statistics.projection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * For benchmarks only: the projections of whole people at once, to fill the tables at volume fast.
 * Each person's events are folded in memory through the same facts and contributions as {@link
 * Projector} ({@link PersonFacts}, {@link EntryFacts}, {@link Contributions}: their merges are
 * commutative, so folding equals applying one at a time), the rows written with COPY. The benchmark
 * checks it gives the cells {@link ProjectionBatch} gives on a sample before trusting it.
 */
public final class BulkProjection implements AutoCloseable {
  private final Map<String, Map<CellKey, Long>> cells = new TreeMap<>();
  private final Path dir;
  private final BufferedWriter events;
  private final BufferedWriter people;
  private final BufferedWriter entries;
  private long eventCount;

  public BulkProjection(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    events = Files.newBufferedWriter(dir.resolve("stat_event.csv"));
    people = Files.newBufferedWriter(dir.resolve("stat_person.csv"));
    entries = Files.newBufferedWriter(dir.resolve("stat_entry.csv"));
  }

  /** All the events of one person (any order), as {@link Projector} would apply them. */
  public void person(List<String> json) throws IOException {
    PersonFacts facts = null;
    FollowUp follow = FollowUp.NONE;
    String tenant = null;
    Map<UUID, EntryFacts> open = new HashMap<>();
    for (String j : json) {
      LifecycleFact f = LifecycleFact.parse(j).orElseThrow();
      tenant = f.tenant();
      eventCount++;
      events.write(f.id() + "," + tenant + "\n");
      // an event without the person (an older referral or appointment) is the person's whose
      // events these are, as Projector finds it through the orientation
      UUID person = f.uuid("beneficiaryId").orElse(facts == null ? null : facts.beneficiaryId());
      if (person == null) {
        continue;
      }
      if (facts == null) {
        facts = PersonFacts.none(person);
      }
      try {
        follow = FollowUpEvents.apply(follow, f, structure -> category(structure));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      if (f.type().equals("beneficiary.left")) {
        facts = facts.left(f);
      } else if (f.type().startsWith("beneficiary.")) {
        facts = facts.file(f);
      } else if (f.type().startsWith("orientation.")) {
        UUID id = f.uuid("orientationId").orElse(null);
        if (id == null) {
          continue;
        }
        EntryFacts e = open.getOrDefault(id, EntryFacts.opened(id, f.time())).seen(f.time());
        if (f.type().equals("orientation.decided")) {
          e = e.decided(f.instant("at"), f.text("pathway"), f.uuid("structureId").orElse(null));
        }
        open.put(id, e);
      }
    }
    if (facts == null) {
      return;
    }
    people.write(
        String.join(
                ",",
                tenant,
                facts.beneficiaryId().toString(),
                text(facts.factsAt()),
                text(facts.territoryId()),
                text(facts.claim()),
                text(facts.rightsAndDuties()),
                text(facts.leftOn()),
                text(facts.leftAt()),
                "\"" + follow.json().replace("\"", "\"\"") + "\"")
            + "\n");
    for (EntryFacts e : open.values()) {
      entries.write(
          String.join(
                  ",",
                  tenant,
                  e.orientationId().toString(),
                  facts.beneficiaryId().toString(),
                  text(e.openedAt()),
                  text(e.decidedAt()),
                  text(e.pathway()),
                  text(e.structureId()))
              + "\n");
    }
    Map<CellKey, Long> mine = cells.computeIfAbsent(tenant, t -> new HashMap<>());
    Contributions.of(facts, new ArrayList<>(open.values()), follow)
        .forEach((k, n) -> mine.merge(k, (long) n, Long::sum));
  }

  /** The OARSA category the benchmark's structures have: their kind's default, else unknown. */
  private final Map<UUID, String> categories = new HashMap<>();

  /** Tells the fold the kind of body of a structure (a {@code StructureKind} name). */
  public void structure(UUID id, String kind) {
    try {
      categories.put(
          id,
          fr.aiguillage.statistics.definition.BodyCategories.byDefault(
                  fr.aiguillage.vocabulary.StructureKind.valueOf(kind))
              .name());
    } catch (IllegalArgumentException e) {
      categories.put(id, "UNKNOWN");
    }
  }

  private String category(UUID structure) {
    return categories.getOrDefault(structure, "UNKNOWN");
  }

  public long events() {
    return eventCount;
  }

  /** The cells of a département as {@code ProjectorTest.cells} lists them. */
  public List<String> cells(String tenant) {
    TreeMap<String, Long> out = new TreeMap<>();
    cells
        .getOrDefault(tenant, Map.of())
        .forEach(
            (k, n) -> {
              if (n != 0) {
                out.merge(
                    k.indicator() + "|" + k.month() + "|" + k.breakdown() + "|" + k.days(),
                    n,
                    Long::sum);
              }
            });
    return out.entrySet().stream().map(e -> e.getKey() + "|" + e.getValue()).toList();
  }

  public long cellCount() {
    return cells.values().stream().mapToLong(Map::size).sum();
  }

  /** Writes everything with COPY (a connection row-level security does not apply to). */
  public void copyInto(Connection c) throws IOException, SQLException {
    close();
    Path cellFile = dir.resolve("stat_cell.csv");
    try (BufferedWriter w = Files.newBufferedWriter(cellFile)) {
      for (var t : cells.entrySet()) {
        for (var k : t.getValue().entrySet()) {
          CellKey key = k.getKey();
          w.write(
              String.join(
                      ",",
                      t.getKey(),
                      key.indicator(),
                      key.month().toString(),
                      key.territory(),
                      "\"" + key.breakdown() + "\"",
                      String.valueOf(key.days()),
                      String.valueOf(k.getValue()))
                  + "\n");
        }
      }
    }
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    for (String[] t :
        new String[][] {
          {"stat_event", "event_id, tenant_id"},
          {
            "stat_person",
            "tenant_id, beneficiary_id, facts_at, territory_id, claim_date, rights_duties_start,"
                + " left_on, left_at, follow"
          },
          {
            "stat_entry",
            "tenant_id, orientation_id, beneficiary_id, opened_at, decided_at, pathway,"
                + " structure_id"
          },
          {"stat_cell", "tenant_id, indicator, month, territory, breakdown, days, people"}
        }) {
      try (Reader r = Files.newBufferedReader(dir.resolve(t[0] + ".csv"), StandardCharsets.UTF_8)) {
        copy.copyIn("COPY " + t[0] + " (" + t[1] + ") FROM STDIN (FORMAT csv)", r);
      }
    }
    // the totals, by the migration's rule (V27; ProjectorTest holds it equal to Totals')
    try (var s = c.createStatement()) {
      s.execute(
          "INSERT INTO stat_total (tenant_id, indicator, month, breakdown, days, people, days_sum)"
              + " SELECT tenant_id, indicator, month, stat_total_breakdown(indicator, breakdown),"
              + " stat_band(days), sum(people), sum(people * greatest(days, 0)) FROM stat_cell"
              + " GROUP BY 1, 2, 3, 4, 5");
    }
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }

  @Override
  public void close() {
    try {
      events.close();
      people.close();
      entries.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
