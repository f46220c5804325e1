package fr.aiguillage.statistics.projection;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Applies a transaction's lifecycle events to the statistics, in the caller's transaction: each
 * once (its id is kept: an event seen twice counts once), under the lock of its person's row (a
 * person's events are applied one at a time), whatever their order (a person's facts merge the same
 * way in any order, {@link PersonFacts}, {@link EntryFacts}).
 *
 * <p>Set-based: the events' ids are kept in one statement per département, their people read and
 * locked in one (in the order of their ids), each event merged into its person's facts in memory,
 * then the people and entries that changed written back in one statement each; each person's cells
 * are computed before the first event and after the last ({@link Contributions}) and only the
 * difference is written, summed per département. Nothing reads the cells while events are applied,
 * and a person's cells are a function of their facts: the sum of each event's difference is that
 * difference.
 */
final class Projector {
  private Projector() {}

  /** Whether the event was applied (false: seen before), its cells written. */
  static boolean apply(Connection c, LifecycleFact f) throws SQLException {
    return apply(c, List.of(f), MilestoneSink.NONE) == 1;
  }

  /**
   * Applies the events, in their order, and writes what they changed; each person's change is sent
   * to {@code milestones} before this returns (the caller commits). Returns how many events were
   * applied (not seen before).
   */
  static int apply(Connection c, List<LifecycleFact> facts, MilestoneSink milestones)
      throws SQLException {
    Cells cells = new Cells();
    int applied = apply(c, facts, milestones, cells);
    cells.write(c);
    return applied;
  }

  /**
   * The same, the cells' differences added to {@code cells} for the caller to write (a rebuild
   * writes them once for many transactions: nothing reads its cells before it compares them).
   */
  static int apply(Connection c, List<LifecycleFact> facts, MilestoneSink milestones, Cells cells)
      throws SQLException {
    Batch batch = new Batch(c);
    int applied = batch.apply(facts);
    batch.write(cells);
    batch.send(milestones);
    return applied;
  }

  /**
   * Cells' differences summed per département, written at once ({@link #write}): the events of a
   * transaction mostly change the same cells (the same months, territories, stocks).
   */
  static final class Cells {
    /** The most cells a statement writes. */
    private static final int STATEMENT = 20_000;

    private final Map<String, Map<CellKey, Integer>> byTenant = new LinkedHashMap<>();
    private int size;

    void add(String tenant, Map<CellKey, Integer> delta) {
      Map<CellKey, Integer> sum = byTenant.computeIfAbsent(tenant, t -> new HashMap<>());
      for (var d : delta.entrySet()) {
        Integer before = sum.get(d.getKey());
        sum.put(d.getKey(), before == null ? d.getValue() : before + d.getValue());
        size += before == null ? 1 : 0;
      }
    }

    void addAll(Cells other) {
      other.byTenant.forEach(this::add);
    }

    /** How many cells are held (at most: some may sum to nothing). */
    int size() {
      return size;
    }

    /** Writes the sums, with their totals, each département under its own policy; forgets them. */
    void write(Connection c) throws SQLException {
      for (var t : byTenant.entrySet()) {
        List<Map.Entry<CellKey, Integer>> delta =
            t.getValue().entrySet().stream().filter(d -> d.getValue() != 0).toList();
        if (delta.isEmpty()) {
          continue;
        }
        tenant(c, t.getKey());
        for (int k = 0; k < delta.size(); k += STATEMENT) {
          Map<CellKey, Integer> part = new HashMap<>();
          for (var d : delta.subList(k, Math.min(delta.size(), k + STATEMENT))) {
            part.put(d.getKey(), d.getValue());
          }
          writeCells(c, t.getKey(), part);
          Totals.write(c, t.getKey(), Totals.of(part));
        }
      }
      byTenant.clear();
      size = 0;
    }
  }

  /** A person as the batch found them, and as its events left them. */
  private static final class Person {
    final PersonFacts factsBefore;
    final FollowUp followBefore;
    final List<EntryFacts> entriesBefore;
    PersonFacts facts;
    FollowUp follow;
    final List<EntryFacts> entries;
    final Set<UUID> entriesChanged = new HashSet<>();

    Person(PersonFacts facts, FollowUp follow, List<EntryFacts> entries) {
      this.factsBefore = facts;
      this.followBefore = follow;
      this.entriesBefore = List.copyOf(entries);
      this.facts = facts;
      this.follow = follow;
      this.entries = new ArrayList<>(entries);
    }
  }

  /** One transaction's events. */
  private static final class Batch {
    private final Connection c;
    private String tenant;

    /** Per département, its people read so far (in the order first read). */
    private final Map<String, Map<UUID, Person>> people = new LinkedHashMap<>();

    /** Per département, the person of each orientation the batch knows. */
    private final Map<String, Map<UUID, UUID>> owners = new HashMap<>();

    /** Per département, the orientations this batch made known (their waiting events to apply). */
    private final Map<String, Set<UUID>> opened = new LinkedHashMap<>();

    private final Map<String, String> categories = new HashMap<>();
    private final List<PersonChange> changes = new ArrayList<>();

    Batch(Connection c) {
      this.c = c;
    }

    int apply(List<LifecycleFact> facts) throws SQLException {
      Map<String, Set<String>> fresh = fresh(facts);
      load(facts, fresh);
      int applied = 0;
      for (LifecycleFact f : facts) {
        if (fresh.get(f.tenant()).remove(f.id())) {
          applied++;
          apply(f);
        }
      }
      unpark();
      return applied;
    }

    /**
     * An event that names only its orientation, not known yet (a referral or appointment published
     * before events named their person, read before its orientation's first event): kept until the
     * orientation is known.
     */
    private void park(LifecycleFact f) throws SQLException {
      Optional<UUID> orientation = f.uuid("orientationId");
      if (orientation.isEmpty()) {
        return;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO stat_parked (tenant_id, orientation_id, event_id, event)"
                  + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        ps.setString(1, f.tenant());
        ps.setObject(2, orientation.get());
        ps.setString(3, f.id());
        ps.setString(4, f.json());
        ps.executeUpdate();
      }
    }

    /**
     * The events kept for the orientations this batch made known, applied to their person (in their
     * time's order), until none is left.
     */
    private void unpark() throws SQLException {
      while (!opened.isEmpty()) {
        Map<String, Set<UUID>> now = new LinkedHashMap<>(opened);
        opened.clear();
        for (var t : now.entrySet()) {
          tenant(t.getKey());
          List<LifecycleFact> waiting = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM stat_parked WHERE tenant_id = current_setting('app.tenant_id')"
                      + " AND orientation_id = ANY(?) RETURNING event")) {
            ps.setArray(1, c.createArrayOf("uuid", t.getValue().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                LifecycleFact.parse(rs.getString(1)).ifPresent(waiting::add);
              }
            }
          }
          waiting.sort(Comparator.comparing(LifecycleFact::time).thenComparing(LifecycleFact::id));
          for (LifecycleFact f : waiting) {
            apply(f);
          }
        }
      }
    }

    /** Per département, the ids of the events not seen before, now kept. */
    private Map<String, Set<String>> fresh(List<LifecycleFact> facts) throws SQLException {
      Map<String, Set<String>> ids = new LinkedHashMap<>();
      for (LifecycleFact f : facts) {
        ids.computeIfAbsent(f.tenant(), t -> new LinkedHashSet<>()).add(f.id());
      }
      Map<String, Set<String>> fresh = new HashMap<>();
      for (var t : ids.entrySet()) {
        tenant(t.getKey());
        Set<String> kept = new HashSet<>();
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO stat_event (event_id, tenant_id) SELECT e, ? FROM"
                    + " unnest(?::varchar[]) AS e ON CONFLICT DO NOTHING RETURNING event_id")) {
          ps.setString(1, t.getKey());
          ps.setArray(2, c.createArrayOf("varchar", t.getValue().toArray()));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              kept.add(rs.getString(1));
            }
          }
        }
        fresh.put(t.getKey(), kept);
      }
      return fresh;
    }

    /** Reads and locks, in one statement per département, the people the new events name. */
    private void load(List<LifecycleFact> facts, Map<String, Set<String>> fresh)
        throws SQLException {
      Map<String, TreeSet<UUID>> named = new LinkedHashMap<>();
      for (LifecycleFact f : facts) {
        if (fresh.get(f.tenant()).contains(f.id()) && aboutPerson(f.type())) {
          f.uuid("beneficiaryId")
              .ifPresent(p -> named.computeIfAbsent(f.tenant(), t -> new TreeSet<>()).add(p));
        }
      }
      for (var t : named.entrySet()) {
        load(t.getKey(), t.getValue());
      }
    }

    private void apply(LifecycleFact f) throws SQLException {
      tenant(f.tenant());
      if (f.type().equals("session.cancelled")) {
        cancelled(f);
        return;
      }
      if (!aboutPerson(f.type())) {
        return;
      }
      Optional<UUID> person = person(f);
      if (person.isEmpty()) {
        park(f);
        return;
      }
      UnaryOperator<FollowUp> session = UnaryOperator.identity();
      if (f.type().startsWith("session.person-") && f.text("sessionId") != null) {
        session = visited(f, person.get());
      }
      applyToPerson(f, person.get(), session);
    }

    /**
     * A session cancelled: each person invited or seen there is recomputed (their visit no longer
     * counts); people whose events come later learn it from {@code stat_session}.
     */
    private void cancelled(LifecycleFact f) throws SQLException {
      String session = f.text("sessionId");
      if (session == null || session.length() > 64) {
        return;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO stat_session (tenant_id, session_id, cancelled) VALUES (?, ?, true)"
                  + " ON CONFLICT (tenant_id, session_id) DO UPDATE SET cancelled = true")) {
        ps.setString(1, f.tenant());
        ps.setString(2, session);
        ps.executeUpdate();
      }
      List<UUID> seen = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT beneficiary_id FROM stat_session_person WHERE tenant_id ="
                  + " current_setting('app.tenant_id') AND session_id = ? ORDER BY beneficiary_id")) {
        ps.setString(1, session);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            seen.add(rs.getObject(1, UUID.class));
          }
        }
      }
      load(f.tenant(), seen);
      for (UUID person : seen) {
        applyToPerson(f, person, u -> FollowUpEvents.cancelled(u, session));
      }
    }

    /** A person seen at a session: remembered there, and told if it was cancelled. */
    private UnaryOperator<FollowUp> visited(LifecycleFact f, UUID person) throws SQLException {
      String session = f.text("sessionId");
      if (session.length() > 64) {
        return UnaryOperator.identity();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO stat_session_person (tenant_id, session_id, beneficiary_id)"
                  + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
        ps.setString(1, f.tenant());
        ps.setString(2, session);
        ps.setObject(3, person);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT cancelled FROM stat_session WHERE tenant_id = current_setting('app.tenant_id')"
                  + " AND session_id = ?")) {
        ps.setString(1, session);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() && rs.getBoolean(1)
              ? u -> FollowUpEvents.cancelled(u, session)
              : UnaryOperator.identity();
        }
      }
    }

    /**
     * Merges the event into one person's facts ({@code more} changes their follow-up after the
     * event's own facts), and notes the change.
     */
    private void applyToPerson(LifecycleFact f, UUID id, UnaryOperator<FollowUp> more)
        throws SQLException {
      Person p = person(f.tenant(), id);
      boolean file = f.type().startsWith("beneficiary.");
      boolean orientation = f.type().startsWith("orientation.");
      PersonFacts before = p.facts;
      List<EntryFacts> entries = List.copyOf(p.entries);
      FollowUp followBefore = p.follow;
      FollowUp followAfter = more.apply(FollowUpEvents.apply(followBefore, f, this::category));
      PersonFacts after = before;
      if (f.type().equals("beneficiary.left")) {
        after = before.left(f);
      } else if (file) {
        after = before.file(f);
      } else if (orientation) {
        Optional<UUID> orientationId = f.uuid("orientationId");
        if (orientationId.isEmpty()) {
          return;
        }
        UUID oid = orientationId.get();
        if (!owners.getOrDefault(f.tenant(), Map.of()).containsKey(oid)) {
          opened.computeIfAbsent(f.tenant(), t -> new LinkedHashSet<>()).add(oid);
        }
        EntryFacts e =
            p.entries.stream()
                .filter(x -> x.orientationId().equals(oid))
                .findFirst()
                .orElse(EntryFacts.opened(oid, f.time()))
                .seen(f.time());
        if (f.type().equals("orientation.decided")) {
          e = e.decided(f.instant("at"), f.text("pathway"), f.uuid("structureId").orElse(null));
        }
        p.entries.removeIf(x -> x.orientationId().equals(oid));
        p.entries.add(e);
        p.entriesChanged.add(oid);
        owners.computeIfAbsent(f.tenant(), t -> new HashMap<>()).put(oid, id);
      }
      p.facts = after;
      p.follow = followAfter;
      changes.add(
          new PersonChange(
              f, before, entries, after, p.entries, followBefore.traits(), followAfter.traits()));
    }

    /**
     * The person an event is about: its {@code beneficiaryId}, else (an older referral or
     * appointment event) the person of its orientation, if the statistics know it.
     */
    private Optional<UUID> person(LifecycleFact f) throws SQLException {
      Optional<UUID> person = f.uuid("beneficiaryId");
      Optional<UUID> orientation = f.uuid("orientationId");
      if (person.isPresent() || orientation.isEmpty()) {
        return person;
      }
      UUID known = owners.getOrDefault(f.tenant(), Map.of()).get(orientation.get());
      if (known != null) {
        return Optional.of(known);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT beneficiary_id FROM stat_entry WHERE tenant_id ="
                  + " current_setting('app.tenant_id') AND orientation_id = ?")) {
        ps.setObject(1, orientation.get());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
        }
      }
    }

    /** The person, read and locked if the batch has not yet. */
    private Person person(String t, UUID id) throws SQLException {
      Person p = people.getOrDefault(t, Map.of()).get(id);
      if (p == null) {
        load(t, List.of(id));
        p = people.get(t).get(id);
      }
      return p;
    }

    /**
     * Reads and locks the people not read yet (their row created if they have none): their facts,
     * follow-up and entries.
     */
    private void load(String t, Collection<UUID> ids) throws SQLException {
      Map<UUID, Person> known = people.computeIfAbsent(t, k -> new LinkedHashMap<>());
      UUID[] missing =
          ids.stream().filter(id -> !known.containsKey(id)).sorted().toArray(UUID[]::new);
      if (missing.length == 0) {
        return;
      }
      tenant(t);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO stat_person (tenant_id, beneficiary_id) SELECT ?, p FROM"
                  + " unnest(?::uuid[]) AS p ON CONFLICT DO NOTHING")) {
        ps.setString(1, t);
        ps.setArray(2, c.createArrayOf("uuid", missing));
        ps.executeUpdate();
      }
      Map<UUID, List<EntryFacts>> entries = new HashMap<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT beneficiary_id, orientation_id, opened_at, decided_at, pathway, structure_id"
                  + " FROM stat_entry WHERE tenant_id = current_setting('app.tenant_id')"
                  + " AND beneficiary_id = ANY(?)")) {
        ps.setArray(1, c.createArrayOf("uuid", missing));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            UUID person = rs.getObject(1, UUID.class);
            EntryFacts e =
                new EntryFacts(
                    rs.getObject(2, UUID.class),
                    instant(rs.getTimestamp(3)),
                    instant(rs.getTimestamp(4)),
                    rs.getString(5),
                    rs.getObject(6, UUID.class));
            entries.computeIfAbsent(person, k -> new ArrayList<>()).add(e);
            owners.computeIfAbsent(t, k -> new HashMap<>()).put(e.orientationId(), person);
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT beneficiary_id, facts_at, territory_id, claim_date, rights_duties_start,"
                  + " left_on, left_at, follow::text FROM stat_person WHERE tenant_id = ?"
                  + " AND beneficiary_id = ANY(?) ORDER BY beneficiary_id FOR UPDATE")) {
        ps.setString(1, t);
        ps.setArray(2, c.createArrayOf("uuid", missing));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            UUID id = rs.getObject(1, UUID.class);
            PersonFacts facts =
                new PersonFacts(
                    id,
                    instant(rs.getTimestamp(2)),
                    rs.getObject(3, UUID.class),
                    date(rs.getDate(4)),
                    date(rs.getDate(5)),
                    date(rs.getDate(6)),
                    instant(rs.getTimestamp(7)));
            known.put(
                id,
                new Person(
                    facts, FollowUp.read(rs.getString(8)), entries.getOrDefault(id, List.of())));
          }
        }
      }
    }

    /** The OARSA category of a structure of the current département, read once a batch. */
    private String category(UUID structureId) throws SQLException {
      String key = tenant + "/" + structureId;
      String known = categories.get(key);
      if (known == null) {
        known = Bodies.category(c, structureId).name();
        categories.put(key, known);
      }
      return known;
    }

    /**
     * Writes, per département, the people and entries that changed, and the difference of their
     * cells and totals.
     */
    void write(Cells cells) throws SQLException {
      for (var t : people.entrySet()) {
        tenant(t.getKey());
        List<Person> changed = new ArrayList<>();
        Map<UUID, Map.Entry<UUID, EntryFacts>> entries = new LinkedHashMap<>();
        Map<CellKey, Integer> delta = new HashMap<>();
        for (Person p : t.getValue().values()) {
          boolean facts = !p.facts.equals(p.factsBefore) || !p.follow.equals(p.followBefore);
          if (facts) {
            changed.add(p);
          }
          for (EntryFacts e : p.entries) {
            if (p.entriesChanged.contains(e.orientationId())) {
              entries.put(e.orientationId(), Map.entry(p.facts.beneficiaryId(), e));
            }
          }
          if (facts || !p.entriesChanged.isEmpty()) {
            Contributions.of(p.facts, p.entries, p.follow)
                .forEach((k, n) -> delta.merge(k, n, Integer::sum));
            Contributions.of(p.factsBefore, p.entriesBefore, p.followBefore)
                .forEach((k, n) -> delta.merge(k, -n, Integer::sum));
          }
        }
        savePeople(changed);
        saveEntries(t.getKey(), List.copyOf(entries.values()));
        cells.add(t.getKey(), delta);
      }
    }

    /** The people's changes, in order, each département's under its own setting. */
    void send(MilestoneSink milestones) throws SQLException {
      int from = 0;
      for (int k = 1; k <= changes.size(); k++) {
        if (k == changes.size()
            || !changes.get(k).cause().tenant().equals(changes.get(from).cause().tenant())) {
          tenant(changes.get(from).cause().tenant());
          milestones.sendAll(c, changes.subList(from, k));
          from = k;
        }
      }
    }

    private void savePeople(List<Person> changed) throws SQLException {
      if (changed.isEmpty()) {
        return;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE stat_person p SET facts_at = u.facts_at, territory_id = u.territory_id,"
                  + " claim_date = u.claim_date, rights_duties_start = u.rights_duties_start,"
                  + " left_on = u.left_on, left_at = u.left_at, follow = u.follow::jsonb"
                  + " FROM unnest(?::uuid[], ?::timestamptz[], ?::uuid[], ?::date[], ?::date[],"
                  + " ?::date[], ?::timestamptz[], ?::text[]) AS u(beneficiary_id, facts_at,"
                  + " territory_id, claim_date, rights_duties_start, left_on, left_at, follow)"
                  + " WHERE p.tenant_id = current_setting('app.tenant_id')"
                  + " AND p.beneficiary_id = u.beneficiary_id")) {
        ps.setArray(1, array("uuid", changed, p -> p.facts.beneficiaryId()));
        ps.setArray(2, array("varchar", changed, p -> p.facts.factsAt()));
        ps.setArray(3, array("uuid", changed, p -> p.facts.territoryId()));
        ps.setArray(4, array("varchar", changed, p -> p.facts.claim()));
        ps.setArray(5, array("varchar", changed, p -> p.facts.rightsAndDuties()));
        ps.setArray(6, array("varchar", changed, p -> p.facts.leftOn()));
        ps.setArray(7, array("varchar", changed, p -> p.facts.leftAt()));
        ps.setArray(8, array("varchar", changed, p -> p.follow.json()));
        ps.executeUpdate();
      }
    }

    /** The entries that changed, each with its person. */
    private void saveEntries(String t, List<Map.Entry<UUID, EntryFacts>> entries)
        throws SQLException {
      if (entries.isEmpty()) {
        return;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO stat_entry (tenant_id, orientation_id, beneficiary_id, opened_at,"
                  + " decided_at, pathway, structure_id) SELECT ?, * FROM unnest(?::uuid[],"
                  + " ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::varchar[], ?::uuid[])"
                  + " ON CONFLICT (tenant_id, orientation_id) DO UPDATE SET"
                  + " opened_at = excluded.opened_at, decided_at = excluded.decided_at,"
                  + " pathway = excluded.pathway, structure_id = excluded.structure_id")) {
        ps.setString(1, t);
        ps.setArray(2, array("uuid", entries, e -> e.getValue().orientationId()));
        ps.setArray(3, array("uuid", entries, Map.Entry::getKey));
        ps.setArray(4, array("varchar", entries, e -> e.getValue().openedAt()));
        ps.setArray(5, array("varchar", entries, e -> e.getValue().decidedAt()));
        ps.setArray(6, array("varchar", entries, e -> pathway(e.getValue().pathway())));
        ps.setArray(7, array("uuid", entries, e -> e.getValue().structureId()));
        ps.executeUpdate();
      }
    }

    private static String pathway(String p) {
      return p == null ? null : p.substring(0, Math.min(20, p.length()));
    }

    /** An array of the values' texts (PostgreSQL casts them to the column's type). */
    private <T> java.sql.Array array(String type, List<T> rows, Function<T, Object> value)
        throws SQLException {
      return Projector.array(c, type, rows, value);
    }

    /** Sets the département the next statements act for (row-level security), if another. */
    private void tenant(String t) throws SQLException {
      if (t.equals(tenant)) {
        return;
      }
      Projector.tenant(c, t);
      tenant = t;
    }
  }

  /** Sets the département the transaction's next statements act for (row-level security). */
  static void tenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
  }

  /** An array of the values' texts (PostgreSQL casts them to the column's type). */
  private static <T> java.sql.Array array(
      Connection c, String type, List<T> rows, Function<T, Object> value) throws SQLException {
    Object[] out = new Object[rows.size()];
    for (int k = 0; k < out.length; k++) {
      Object v = value.apply(rows.get(k));
      out[k] = v == null || v instanceof UUID ? v : v.toString();
    }
    return c.createArrayOf(type, out);
  }

  /**
   * Adds the difference: the cells counted again are added in one statement (an array per column),
   * the ones left are taken away (and kept >= 0), and those down to nobody go (by key: never a scan
   * of the cells).
   */
  private static void writeCells(Connection c, String t, Map<CellKey, Integer> delta)
      throws SQLException {
    List<Map.Entry<CellKey, Integer>> added = new ArrayList<>();
    List<Map.Entry<CellKey, Integer>> taken = new ArrayList<>();
    for (var d : delta.entrySet()) {
      (d.getValue() > 0 ? added : taken).add(d);
    }
    if (!added.isEmpty()) {
      try (PreparedStatement add =
          c.prepareStatement(
              "INSERT INTO stat_cell (tenant_id, indicator, month, territory, breakdown, days,"
                  + " people) SELECT ?, * FROM unnest(?::varchar[], ?::date[], ?::varchar[],"
                  + " ?::varchar[], ?::int[], ?::bigint[]) ON CONFLICT (tenant_id, indicator,"
                  + " month, territory, breakdown, days) DO UPDATE"
                  + " SET people = stat_cell.people + excluded.people")) {
        add.setString(1, t);
        add.setArray(2, array(c, "varchar", added, d -> d.getKey().indicator()));
        add.setArray(3, array(c, "varchar", added, d -> d.getKey().month()));
        add.setArray(4, array(c, "varchar", added, d -> d.getKey().territory()));
        add.setArray(5, array(c, "varchar", added, d -> d.getKey().breakdown()));
        add.setArray(6, array(c, "varchar", added, d -> d.getKey().days()));
        add.setArray(7, array(c, "varchar", added, Map.Entry::getValue));
        add.executeUpdate();
      }
    }
    if (taken.isEmpty()) {
      return;
    }
    try (PreparedStatement take =
            c.prepareStatement(
                "UPDATE stat_cell SET people = people + ? WHERE tenant_id = ? AND indicator = ?"
                    + " AND month = ? AND territory = ? AND breakdown = ? AND days = ?");
        PreparedStatement gone =
            c.prepareStatement(
                "DELETE FROM stat_cell WHERE tenant_id = ? AND indicator = ? AND month = ?"
                    + " AND territory = ? AND breakdown = ? AND days = ? AND people = 0")) {
      for (var d : taken) {
        CellKey k = d.getKey();
        take.setLong(1, d.getValue());
        take.setString(2, t);
        take.setString(3, k.indicator());
        take.setObject(4, k.month());
        take.setString(5, k.territory());
        take.setString(6, k.breakdown());
        take.setInt(7, k.days());
        take.addBatch();
        gone.setString(1, t);
        gone.setString(2, k.indicator());
        gone.setObject(3, k.month());
        gone.setString(4, k.territory());
        gone.setString(5, k.breakdown());
        gone.setInt(6, k.days());
        gone.addBatch();
      }
      take.executeBatch();
      gone.executeBatch();
    }
  }

  /** Whether an event of this type is about one person. */
  private static boolean aboutPerson(String type) {
    return type.startsWith("beneficiary.")
        || type.startsWith("orientation.")
        || FollowUpEvents.reads(type);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
