package fr.aiguillage.intake;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fingerprints of a flow's claimants and spouses (ADR 0021, decision 16): the keyed digest of
 * their household's bytes, as the file has them, combined with what the person is in it (claimant
 * or spouse, alone or a couple, and the flow's date for an entrant, since nothing else keeps it).
 * Bytes that were imported before say nothing new under the same rule, names and encoding, which
 * the digest's key holds: such a household is counted unchanged from its bytes alone ({@link
 * #found}), without being parsed; so is a household with people out of scope, kept with its report
 * (decision 18: why each is out of scope), whose lines this reading then gives ({@link #eachLine}).
 * One instance per run: loaded in the run's transaction, then read in one thread.
 */
final class FlowPrints {
  /** The département's shapes of households: their people, and why each is out of scope. */
  private static final String SHAPES =
      "SELECT id, people, claimant_why, spouse_why FROM intake_flow_shape"
          + " WHERE tenant_id = current_setting('app.tenant_id')";

  /** The households kept with their report: 16 bytes of digest and 4 of their shape's number. */
  private static final String REPORTS =
      "SELECT household || int4send(shape) FROM intake_flow_report"
          + " WHERE tenant_id = current_setting('app.tenant_id')";

  private final RowPrints rows;
  private final LocalDate flowDate;
  // [spouse][people - 1][entrant]: what is combined with a household's digest
  private final byte[][][][] marks = new byte[2][2][2][];

  /** What a household kept with its report holds: how many people, and why each is out. */
  private record Shape(int people, String claimantWhy, String spouseWhy) {}

  // the households kept with their report: digest → their shape's number + 1
  private final PrintSet reports = new PrintSet();
  private final List<Shape> shapes = new ArrayList<>();
  // the lines of the people out of scope found so: row and why (its shape and person)
  private int[] lineRows = new int[64];
  private int[] lineShapes = new int[64];
  private int lines;

  /**
   * @param rows keyed with the département's rule, the element names and the version of the rules
   */
  FlowPrints(RowPrints rows, LocalDate flowDate) {
    this.rows = rows;
    this.flowDate = flowDate;
  }

  RowPrints rows() {
    return rows;
  }

  /**
   * Loads the département's households kept with their report, in the run's transaction: their
   * shapes (a few), then each household's digest and shape's number with {@code COPY}.
   */
  void load(Connection c) throws SQLException {
    Map<Integer, Integer> numbers = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SHAPES);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        numbers.put(rs.getInt(1), shapes.size());
        shapes.add(new Shape(rs.getInt(2), rs.getString(3), rs.getString(4)));
      }
    }
    if (shapes.isEmpty()) {
      return;
    }
    BinaryCopy.eachValue(
        c,
        REPORTS,
        v -> {
          // a shape written since it was read (another run's: imports of a département wait for
          // each other, so never in practice): that household is read as any other
          Integer n = numbers.get(ByteBuffer.wrap(v, RowPrints.BYTES, 4).getInt());
          if (n != null) {
            reports.add(Arrays.copyOf(v, RowPrints.BYTES), n + 1);
          }
        });
    reports.seal();
  }

  /** How many households kept with their report were loaded. */
  int reports() {
    return reports.size();
  }

  /** A household's digest: its bytes as read in the file's encoding. */
  byte[] household(String encoding, byte[] bytes, int length) {
    return rows.ofBytes(encoding, bytes, length);
  }

  /**
   * The fingerprint of a claimant or spouse of a household of {@code people} (1 or 2) of them whose
   * digest is {@code household}; null without a digest.
   */
  byte[] person(byte[] household, boolean spouse, int people, boolean entrant) {
    if (household == null || people < 1 || people > 2) {
      return null;
    }
    byte[] mark = mark(spouse, people, entrant);
    byte[] out = new byte[RowPrints.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (household[i] ^ mark[i]);
    }
    return out;
  }

  private byte[] mark(boolean spouse, int people, boolean entrant) {
    byte[][] byEntrant = marks[spouse ? 1 : 0][people - 1];
    int e = entrant ? 1 : 0;
    if (byEntrant[e] == null) {
      byEntrant[e] = rows.of("person", spouse, people, entrant ? flowDate : null);
    }
    return byEntrant[e];
  }

  /**
   * Whether a household read as bytes is known whole, then claimed: its claimant alone, or its
   * claimant and spouse, have fingerprints of the département not claimed yet (each the one of an
   * entrant of this flow's date, or of someone who is not an entrant); their rows then go to {@code
   * out}, claimed. The claims are made here, in the reading's thread: a second household of the
   * same bytes is not found, and is parsed to say whom it designates.
   */
  boolean found(int ordinal, byte[] digest, PrintSet known, Consumer<RowPrints.Print> out) {
    if (digest == null) {
      return false;
    }
    int shape = reports.size() == 0 ? -1 : reports.get(digest) - 1;
    if (shape >= 0) {
      return foundWithReport(ordinal, digest, shapes.get(shape), shape, known, out);
    }
    byte[] claimant = unclaimed(digest, false, 1, known);
    byte[] spouse = null;
    if (claimant == null) {
      claimant = unclaimed(digest, false, 2, known);
      spouse = claimant == null ? null : unclaimed(digest, true, 2, known);
      if (spouse == null) {
        return false;
      }
    }
    int row = FlowRows.row(ordinal, false);
    known.claim(claimant, row);
    out.accept(RowPrints.Print.claimed(row, ordinal, claimant));
    if (spouse != null) {
      row = FlowRows.row(ordinal, true);
      known.claim(spouse, row);
      out.accept(RowPrints.Print.claimed(row, ordinal, spouse));
    }
    return true;
  }

  /**
   * A household kept with its report: found if its people followed are, each claimed, and the
   * household itself not found before in this reading (a second one of the same bytes is parsed).
   */
  private boolean foundWithReport(
      int ordinal,
      byte[] digest,
      Shape s,
      int shape,
      PrintSet known,
      Consumer<RowPrints.Print> out) {
    if (!reports.unclaimed(digest)) {
      return false;
    }
    byte[] claimant = null;
    byte[] spouse = null;
    if (s.claimantWhy() == null
        && (claimant = unclaimed(digest, false, s.people(), known)) == null) {
      return false;
    }
    if (s.people() == 2
        && s.spouseWhy() == null
        && (spouse = unclaimed(digest, true, 2, known)) == null) {
      return false;
    }
    reports.claim(digest, ordinal);
    person(ordinal, false, claimant, shape, known, out);
    if (s.people() == 2) {
      person(ordinal, true, spouse, shape, known, out);
    }
    return true;
  }

  /** A person of a household found with its report: followed and claimed, or a line. */
  private void person(
      int ordinal,
      boolean spouse,
      byte[] print,
      int shape,
      PrintSet known,
      Consumer<RowPrints.Print> out) {
    int row = FlowRows.row(ordinal, spouse);
    if (print != null) {
      known.claim(print, row);
      out.accept(RowPrints.Print.claimed(row, ordinal, print));
      return;
    }
    out.accept(RowPrints.Print.outOfScope(row, ordinal));
    if (lines == lineRows.length) {
      lineRows = Arrays.copyOf(lineRows, lines * 2);
      lineShapes = Arrays.copyOf(lineShapes, lines * 2);
    }
    lineRows[lines] = row;
    lineShapes[lines++] = shape;
  }

  /**
   * The report's lines of the people out of scope whose household was found with its report, as the
   * writer words them: each line once with the households it is said of, in the order of the file
   * (the claimants' lines first).
   */
  void eachLine(java.util.function.BiConsumer<Problem, int[]> line) {
    for (int spouse = 0; spouse < 2; spouse++) {
      Map<String, int[]> households = new java.util.LinkedHashMap<>();
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < lines; i++) {
        if (lineRows[i] % 2 == spouse) {
          counts.merge(why(i), 1, Integer::sum);
        }
      }
      for (int i = 0; i < lines; i++) {
        if (lineRows[i] % 2 == spouse) {
          String why = why(i);
          int[] rows = households.computeIfAbsent(why, w -> new int[counts.get(w) + 1]);
          rows[++rows[0]] = lineRows[i] / 2;
        }
      }
      for (var e : households.entrySet()) {
        line.accept(
            new Problem(0, FlowRows.person(spouse == 1), e.getKey(), Problem.Kind.OUT_OF_SCOPE),
            Arrays.copyOfRange(e.getValue(), 1, e.getValue().length));
      }
    }
  }

  private String why(int line) {
    Shape s = shapes.get(lineShapes[line]);
    return lineRows[line] % 2 == 1 ? s.spouseWhy() : s.claimantWhy();
  }

  private byte[] unclaimed(byte[] digest, boolean spouse, int people, PrintSet known) {
    byte[] p = person(digest, spouse, people, false);
    if (known.unclaimed(p)) {
      return p;
    }
    p = person(digest, spouse, people, true);
    return known.unclaimed(p) ? p : null;
  }
}
