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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Applies one lifecycle event to the statistics, in the caller's transaction: once (its id is kept:
 * an event seen twice counts once), under the lock of its person's row (a person's events are
 * applied one at a time), whatever their order (a person's facts merge the same way in any order,
 * {@link PersonFacts}, {@link EntryFacts}); the person's cells are computed before and after
 * ({@link Contributions}) and only the difference is written.
 */
final class Projector {
  private Projector() {}

  /** Whether the event was applied (false: seen before), its cells written. */
  static boolean apply(Connection c, LifecycleFact f) throws SQLException {
    Pending cells = new Pending();
    boolean applied = apply(c, f, change -> {}, cells);
    cells.flush(c);
    return applied;
  }

  /**
   * The cells' differences of a transaction's events, summed per département and written once
   * before it commits ({@link #flush}): nothing reads the cells while events are applied (a
   * person's cells are a function of their facts, which are written at once), and the events of a
   * poll mostly change the same cells (the same months, territories, stocks).
   */
  static final class Pending {
    private final Map<String, Map<CellKey, Integer>> byTenant = new HashMap<>();

    void add(String tenant, Map<CellKey, Integer> delta) {
      Map<CellKey, Integer> sum = byTenant.computeIfAbsent(tenant, t -> new HashMap<>());
      delta.forEach((k, n) -> sum.merge(k, n, Integer::sum));
    }

    /** Writes the sums, each département under its own policy, and forgets them. */
    void flush(Connection c) throws SQLException {
      for (var t : byTenant.entrySet()) {
        Map<CellKey, Integer> delta = t.getValue();
        delta.values().removeIf(n -> n == 0);
        if (delta.isEmpty()) {
          continue;
        }
        try (PreparedStatement ps =
            c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
          ps.setString(1, t.getKey());
          ps.execute();
        }
        write(c, t.getKey(), delta);
        Totals.write(c, t.getKey(), Totals.of(delta));
      }
      byTenant.clear();
    }
  }

  /**
   * Whether the event was applied (false: seen before); an event about a person also tells {@code
   * changed} their facts before and after, still under the lock of their row. Its cells' difference
   * goes to {@code cells}, which the caller flushes before committing.
   */
  static boolean apply(Connection c, LifecycleFact f, Consumer<PersonChange> changed, Pending cells)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, f.tenant());
      ps.execute();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stat_event (event_id, tenant_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, f.id());
      ps.setString(2, f.tenant());
      if (ps.executeUpdate() == 0) {
        return false;
      }
    }
    if (f.type().equals("session.cancelled")) {
      cancelled(c, f, changed, cells);
      return true;
    }
    boolean file = f.type().startsWith("beneficiary.");
    boolean orientation = f.type().startsWith("orientation.");
    boolean followUp = FollowUpEvents.reads(f.type());
    if (!(file || orientation || followUp)) {
      return true;
    }
    Optional<UUID> person = person(c, f);
    if (person.isEmpty()) {
      return true;
    }
    UnaryOperator<FollowUp> session = UnaryOperator.identity();
    if (f.type().startsWith("session.person-") && f.text("sessionId") != null) {
      session = visited(c, f, person.get());
    }
    applyToPerson(c, f, person.get(), session, changed, cells);
    return true;
  }

  /**
   * A session cancelled: each person invited or seen there is recomputed (their visit no longer
   * counts); people whose events come later learn it from {@code stat_session}.
   */
  private static void cancelled(
      Connection c, LifecycleFact f, Consumer<PersonChange> changed, Pending cells)
      throws SQLException {
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
    List<UUID> people = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT beneficiary_id FROM stat_session_person WHERE tenant_id ="
                + " current_setting('app.tenant_id') AND session_id = ? ORDER BY beneficiary_id")) {
      ps.setString(1, session);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          people.add(rs.getObject(1, UUID.class));
        }
      }
    }
    for (UUID person : people) {
      applyToPerson(c, f, person, u -> FollowUpEvents.cancelled(u, session), changed, cells);
    }
  }

  /** A person seen at a session: remembered there, and told if it was cancelled. */
  private static UnaryOperator<FollowUp> visited(Connection c, LifecycleFact f, UUID person)
      throws SQLException {
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
   * Applies the event to one person, under the lock of their row: their facts before and after
   * ({@code more} changes their follow-up after the event's own facts), and the difference of their
   * cells.
   */
  private static void applyToPerson(
      Connection c,
      LifecycleFact f,
      UUID personId,
      UnaryOperator<FollowUp> more,
      Consumer<PersonChange> changed,
      Pending cells)
      throws SQLException {
    Optional<UUID> person = Optional.of(personId);
    boolean file = f.type().startsWith("beneficiary.");
    boolean orientation = f.type().startsWith("orientation.");
    FollowUp[] follow = new FollowUp[1];
    PersonFacts before = lock(c, f.tenant(), person.get(), follow);
    FollowUp followBefore = follow[0];
    List<EntryFacts> entries = entries(c, person.get());
    Map<CellKey, Integer> old = Contributions.of(before, entries, followBefore);
    FollowUp followAfter =
        more.apply(FollowUpEvents.apply(followBefore, f, id -> Bodies.category(c, id).name()));
    PersonFacts after = before;
    List<EntryFacts> now = new ArrayList<>(entries);
    if (f.type().equals("beneficiary.left")) {
      after = before.left(f);
    } else if (file) {
      after = before.file(f);
    } else if (orientation) {
      Optional<UUID> id = f.uuid("orientationId");
      if (id.isEmpty()) {
        return;
      }
      EntryFacts e =
          entries.stream()
              .filter(x -> x.orientationId().equals(id.get()))
              .findFirst()
              .orElse(EntryFacts.opened(id.get(), f.time()))
              .seen(f.time());
      if (f.type().equals("orientation.decided")) {
        e = e.decided(f.instant("at"), f.text("pathway"), f.uuid("structureId").orElse(null));
      }
      now.removeIf(x -> x.orientationId().equals(id.get()));
      now.add(e);
      save(c, f.tenant(), person.get(), e);
    }
    if (!after.equals(before)) {
      save(c, after);
    }
    if (!followAfter.equals(followBefore)) {
      save(c, person.get(), followAfter);
    }
    Map<CellKey, Integer> delta = new HashMap<>(Contributions.of(after, now, followAfter));
    old.forEach((k, n) -> delta.merge(k, -n, Integer::sum));
    cells.add(f.tenant(), delta);
    changed.accept(
        new PersonChange(
            f, before, entries, after, now, followBefore.traits(), followAfter.traits()));
  }

  /**
   * The person an event is about: its {@code beneficiaryId}, else (an older referral or appointment
   * event) the person of its orientation, if the statistics know it.
   */
  private static Optional<UUID> person(Connection c, LifecycleFact f) throws SQLException {
    Optional<UUID> person = f.uuid("beneficiaryId");
    Optional<UUID> orientation = f.uuid("orientationId");
    if (person.isPresent() || orientation.isEmpty()) {
      return person;
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

  private static void save(Connection c, UUID person, FollowUp u) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE stat_person SET follow = ?::jsonb"
                + " WHERE tenant_id = current_setting('app.tenant_id') AND beneficiary_id = ?")) {
      ps.setString(1, u.json());
      ps.setObject(2, person);
      ps.executeUpdate();
    }
  }

  private static PersonFacts lock(Connection c, String tenant, UUID id, FollowUp[] follow)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stat_person (tenant_id, beneficiary_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, tenant);
      ps.setObject(2, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT facts_at, territory_id, claim_date, rights_duties_start, left_on, left_at,"
                + " follow::text FROM stat_person WHERE tenant_id = ? AND beneficiary_id = ? FOR UPDATE")) {
      ps.setString(1, tenant);
      ps.setObject(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        follow[0] = FollowUp.read(rs.getString(7));
        return new PersonFacts(
            id,
            instant(rs.getTimestamp(1)),
            rs.getObject(2, UUID.class),
            date(rs.getDate(3)),
            date(rs.getDate(4)),
            date(rs.getDate(5)),
            instant(rs.getTimestamp(6)));
      }
    }
  }

  private static List<EntryFacts> entries(Connection c, UUID person) throws SQLException {
    List<EntryFacts> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT orientation_id, opened_at, decided_at, pathway, structure_id FROM stat_entry"
                + " WHERE tenant_id = current_setting('app.tenant_id') AND beneficiary_id = ?")) {
      ps.setObject(1, person);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new EntryFacts(
                  rs.getObject(1, UUID.class),
                  instant(rs.getTimestamp(2)),
                  instant(rs.getTimestamp(3)),
                  rs.getString(4),
                  rs.getObject(5, UUID.class)));
        }
      }
    }
    return out;
  }

  private static void save(Connection c, PersonFacts p) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE stat_person SET facts_at = ?, territory_id = ?, claim_date = ?,"
                + " rights_duties_start = ?, left_on = ?, left_at = ?"
                + " WHERE tenant_id = current_setting('app.tenant_id') AND beneficiary_id = ?")) {
      ps.setTimestamp(1, timestamp(p.factsAt()));
      ps.setObject(2, p.territoryId());
      ps.setObject(3, p.claim());
      ps.setObject(4, p.rightsAndDuties());
      ps.setObject(5, p.leftOn());
      ps.setTimestamp(6, timestamp(p.leftAt()));
      ps.setObject(7, p.beneficiaryId());
      ps.executeUpdate();
    }
  }

  private static void save(Connection c, String tenant, UUID person, EntryFacts e)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stat_entry (tenant_id, orientation_id, beneficiary_id, opened_at,"
                + " decided_at, pathway, structure_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, orientation_id) DO UPDATE SET opened_at = excluded.opened_at,"
                + " decided_at = excluded.decided_at, pathway = excluded.pathway,"
                + " structure_id = excluded.structure_id")) {
      ps.setString(1, tenant);
      ps.setObject(2, e.orientationId());
      ps.setObject(3, person);
      ps.setTimestamp(4, timestamp(e.openedAt()));
      ps.setTimestamp(5, timestamp(e.decidedAt()));
      ps.setString(
          6,
          e.pathway() == null
              ? null
              : e.pathway().substring(0, Math.min(20, e.pathway().length())));
      ps.setObject(7, e.structureId());
      ps.executeUpdate();
    }
  }

  /**
   * Adds the difference: the cells counted again are added in one statement (an array per column),
   * the ones left are taken away (and kept >= 0), and those down to nobody go (by key: never a scan
   * of the cells).
   */
  private static void write(Connection c, String tenant, Map<CellKey, Integer> delta)
      throws SQLException {
    List<Map.Entry<CellKey, Integer>> added = new ArrayList<>();
    List<Map.Entry<CellKey, Integer>> taken = new ArrayList<>();
    for (var d : delta.entrySet()) {
      if (d.getValue() > 0) {
        added.add(d);
      } else if (d.getValue() < 0) {
        taken.add(d);
      }
    }
    if (!added.isEmpty()) {
      try (PreparedStatement add =
          c.prepareStatement(
              "INSERT INTO stat_cell (tenant_id, indicator, month, territory, breakdown, days,"
                  + " people) SELECT ?, * FROM unnest(?::varchar[], ?::date[], ?::varchar[],"
                  + " ?::varchar[], ?::int[], ?::bigint[]) ON CONFLICT (tenant_id, indicator,"
                  + " month, territory, breakdown, days) DO UPDATE"
                  + " SET people = stat_cell.people + excluded.people")) {
        int n = added.size();
        String[] indicator = new String[n];
        String[] month = new String[n];
        String[] territory = new String[n];
        String[] breakdown = new String[n];
        Integer[] days = new Integer[n];
        Long[] people = new Long[n];
        for (int k = 0; k < n; k++) {
          CellKey key = added.get(k).getKey();
          indicator[k] = key.indicator();
          month[k] = key.month().toString();
          territory[k] = key.territory();
          breakdown[k] = key.breakdown();
          days[k] = key.days();
          people[k] = (long) added.get(k).getValue();
        }
        add.setString(1, tenant);
        add.setArray(2, c.createArrayOf("varchar", indicator));
        add.setArray(3, c.createArrayOf("varchar", month));
        add.setArray(4, c.createArrayOf("varchar", territory));
        add.setArray(5, c.createArrayOf("varchar", breakdown));
        add.setArray(6, c.createArrayOf("int4", days));
        add.setArray(7, c.createArrayOf("int8", people));
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
        take.setString(2, tenant);
        take.setString(3, k.indicator());
        take.setObject(4, k.month());
        take.setString(5, k.territory());
        take.setString(6, k.breakdown());
        take.setInt(7, k.days());
        take.addBatch();
        gone.setString(1, tenant);
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

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
