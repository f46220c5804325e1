package fr.aiguillage.ui.directory;

import fr.aiguillage.vocabulary.Pathway;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/** Words and percentages of a structure's or a referent's load; the bars only repeat them. */
public final class LoadTexts {
  /** From this share of the maximum on, a load is shown as a warning. */
  public static final int WARNING_PERCENT = 90;

  static final String NO_CAPACITY = "non renseignée";
  public static final String FULL = "complet";

  private LoadTexts() {}

  /** "40 / 120 places occupées", or "non renseignée" without a capacity. */
  static String capacity(Integer capacity, int load) {
    if (capacity == null) {
      return NO_CAPACITY;
    }
    return load + " / " + capacity + (load > 1 ? " places occupées" : " place occupée");
  }

  /** "35 / 60". */
  public static String caseload(int caseload, int max) {
    return caseload + " / " + max;
  }

  /** The load as a share of the maximum, 0 to 100; empty without a positive maximum. */
  public static OptionalInt percent(int load, Integer max) {
    if (max == null || max <= 0) {
      return OptionalInt.empty();
    }
    long share = Math.round(100.0 * Math.max(0, load) / max);
    return OptionalInt.of((int) Math.min(100, share));
  }

  /** At or above {@link #WARNING_PERCENT} of the maximum (full included). */
  public static boolean warning(int load, Integer max) {
    if (max == null) {
      return false;
    }
    if (max <= 0) {
      return true;
    }
    return 100L * load >= (long) WARNING_PERCENT * max;
  }

  /** "12 places restantes", "1 place restante", "complet", or "places non renseignées". */
  public static String placesLeft(Integer left, boolean full) {
    if (full || (left != null && left <= 0)) {
      return FULL;
    }
    if (left == null) {
      return "places non renseignées";
    }
    return left == 1 ? "1 place restante" : left + " places restantes";
  }

  /** The labels of pathway codes, in the enum's order; unknown codes as they are. */
  static String pathways(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return "";
    }
    List<String> known = Arrays.stream(Pathway.values()).map(Pathway::name).toList();
    return codes.stream()
        .sorted(
            (a, b) ->
                Integer.compare(
                    known.contains(a) ? known.indexOf(a) : known.size(),
                    known.contains(b) ? known.indexOf(b) : known.size()))
        .map(c -> known.contains(c) ? Pathway.valueOf(c).label() : c)
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
