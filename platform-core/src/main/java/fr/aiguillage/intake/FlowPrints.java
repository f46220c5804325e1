package fr.aiguillage.intake;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The fingerprints of a flow's claimants and spouses (ADR 0021, decision 16): the keyed digest of
 * their household's bytes, as the file has them, combined with what the person is in it (claimant
 * or spouse, alone or a couple, and the flow's date for an entrant, since nothing else keeps it).
 * Bytes that were imported before say nothing new under the same rule, names and encoding, which
 * the digest's key holds: such a household is counted unchanged from its bytes alone ({@link
 * #found}), without being parsed. One instance per run and thread.
 */
final class FlowPrints {
  private final RowPrints rows;
  private final LocalDate flowDate;
  // [spouse][people - 1][entrant]: what is combined with a household's digest
  private final byte[][][][] marks = new byte[2][2][2][];

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

  private byte[] unclaimed(byte[] digest, boolean spouse, int people, PrintSet known) {
    byte[] p = person(digest, spouse, people, false);
    if (known.unclaimed(p)) {
      return p;
    }
    p = person(digest, spouse, people, true);
    return known.unclaimed(p) ? p : null;
  }
}
