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
   * Whether a household read as bytes is known whole: each of its claimant and spouse has a
   * fingerprint of the département (the one of an entrant of this flow's date, or not an entrant);
   * then their fingerprints, and whom they designate, go to {@code out}.
   */
  boolean found(
      int ordinal,
      byte[] digest,
      FlowScan.Quick quick,
      PrintSet known,
      Consumer<RowPrints.Print> out) {
    if (digest == null || quick == null) {
      return false;
    }
    int people = quick.people().size();
    byte[][] prints = new byte[people][];
    for (int i = 0; i < people; i++) {
      boolean spouse = quick.people().get(i).spouse();
      byte[] p = person(digest, spouse, people, false);
      if (!known.contains(p)) {
        p = person(digest, spouse, people, true);
        if (!known.contains(p)) {
          return false;
        }
      }
      prints[i] = p;
    }
    for (int i = 0; i < people; i++) {
      FlowScan.Person p = quick.people().get(i);
      out.accept(
          rows.print(FlowRows.row(ordinal, p.spouse()), ordinal, prints[i], quick.caf(), p.nir()));
    }
    return true;
  }
}
