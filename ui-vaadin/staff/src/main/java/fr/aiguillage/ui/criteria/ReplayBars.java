package fr.aiguillage.ui.criteria;

import fr.aiguillage.criteria.ReplayReport;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.vocabulary.Pathway;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The replay's numbers in words and bar widths, without any component: one {@link Bar} per pathway
 * and side ("avant", "après"), its width a percentage of the largest count, and the French texts of
 * the summary and of the changes grid.
 */
final class ReplayBars {
  static final String BEFORE = "avant";
  static final String AFTER = "après";

  /** One bar of the chart: what a screen reader says, the visible number, the width in %. */
  record Bar(Pathway pathway, boolean after, long count, int percent) {
    String side() {
      return after ? AFTER : BEFORE;
    }

    /** "Parcours emploi, avant : 1 242". */
    String label() {
      return pathway.label() + ", " + side() + " : " + Formats.thousands(count);
    }

    String number() {
      return Formats.thousands(count);
    }
  }

  private ReplayBars() {}

  /** The bars of every pathway, in the pathways' order: before, then after. */
  static List<Bar> bars(Map<Pathway, Long> before, Map<Pathway, Long> after) {
    long max = max(before, after);
    List<Bar> bars = new ArrayList<>();
    for (Pathway p : Pathway.values()) {
      long b = count(before, p);
      long a = count(after, p);
      bars.add(new Bar(p, false, b, percent(b, max)));
      bars.add(new Bar(p, true, a, percent(a, max)));
    }
    return bars;
  }

  static long count(Map<Pathway, Long> counts, Pathway p) {
    Long n = counts == null ? null : counts.get(p);
    return n == null ? 0 : n;
  }

  /** The largest count on either side; 0 when nothing was replayed. */
  static long max(Map<Pathway, Long> before, Map<Pathway, Long> after) {
    long max = 0;
    for (Pathway p : Pathway.values()) {
      max = Math.max(max, Math.max(count(before, p), count(after, p)));
    }
    return max;
  }

  /**
   * The width of a bar in % of the largest: 0 for nothing (or when all are 0), at least 1 for any
   * count above zero so that it stays visible, 100 for the largest.
   */
  static int percent(long count, long max) {
    if (count <= 0 || max <= 0) {
      return 0;
    }
    long p = Math.round(count * 100.0 / max);
    return (int) Math.max(1, Math.min(100, p));
  }

  /** "0,4 s", "12,0 s": tenths of a second, French decimal comma. */
  static String seconds(long millis) {
    return String.format(Locale.FRANCE, "%.1f s", Math.max(0, millis) / 1000.0);
  }

  /**
   * "1 242 diagnostics rejoués en 0,8 s ; 37 propositions changeraient (par rapport à la version en
   * vigueur 3)".
   */
  static String summary(ReplayReport report) {
    long n = report.diagnostics();
    long m = report.changed();
    String baseline =
        report.baselineVersion() == 0
            ? "par rapport au socle national en vigueur"
            : "par rapport à la version en vigueur " + report.baselineVersion();
    return Formats.thousands(n)
        + (n > 1 ? " diagnostics rejoués" : " diagnostic rejoué")
        + " en "
        + seconds(report.millis())
        + " ; "
        + Formats.thousands(m)
        + (m > 1 ? " propositions changeraient" : " proposition changerait")
        + " ("
        + baseline
        + ")";
  }

  /** "Les 1 000 premiers sont listés." when not every change is listed, else empty. */
  static String truncated(ReplayReport report) {
    int listed = report.changes() == null ? 0 : report.changes().size();
    return report.changed() > listed
        ? "Les " + Formats.thousands(listed) + " premiers sont listés."
        : "";
  }

  /** "Parcours emploi (R3)": the pathway and the code of the rule that decided it. */
  static String proposal(Pathway pathway, String rule) {
    String label = pathway == null ? "" : pathway.label();
    return rule == null || rule.isBlank() ? label : label + " (" + rule + ")";
  }
}
