package fr.aiguillage.intake;

import fr.aiguillage.shared.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of a flow's elements the platform does not read, with the first household each showed
 * in (0: outside any), as {@link CafFlowReader} and {@link FlowScan} note them for the run's
 * report: the first {@value #MAX} names, and whether there were more.
 */
final class UnreadElements {
  static final int MAX = 50;

  private final Map<String, Integer> names = new LinkedHashMap<>();
  private boolean more;

  void note(String name, int household) {
    if (!names.containsKey(name)) {
      if (names.size() < MAX) {
        names.put(Text.printable(name, 100), household);
      } else {
        more = true;
      }
    }
  }

  Map<String, Integer> names() {
    return Collections.unmodifiableMap(names);
  }

  boolean more() {
    return more;
  }
}
