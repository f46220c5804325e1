package fr.aiguillage.statistics.table;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names Excel accepts for sheets: at most 31 characters, none of {@code : \ / ? * [ ]} (each
 * becomes a dash), no control character, no apostrophe at either end, not "History", and each one
 * different from the others whatever the case.
 */
final class SheetNames {
  static final int MAX_LENGTH = 31;
  private static final String FORBIDDEN = ":\\/?*[]";
  private static final String FALLBACK = "Tableau";

  private final Set<String> taken = new HashSet<>(Set.of("history"));

  /** A name for a sheet, made from a title and not yet given. */
  String next(String title) {
    String base = sanitized(title);
    String name = shortened(base, "");
    for (int n = 2; taken.contains(key(name)); n++) {
      name = shortened(base, " (" + n + ")");
    }
    taken.add(key(name));
    return name;
  }

  static String sanitized(String title) {
    StringBuilder name = new StringBuilder();
    title
        .codePoints()
        .forEach(
            cp -> {
              if (FORBIDDEN.indexOf(cp) >= 0) {
                name.append('-');
              } else if (Character.isISOControl(cp)) {
                name.append(' ');
              } else {
                name.appendCodePoint(cp);
              }
            });
    String cleaned = name.toString().replaceAll("\\s+", " ").strip();
    cleaned = cleaned.replaceAll("^'+|'+$", "").strip();
    return cleaned.isEmpty() ? FALLBACK : cleaned;
  }

  private static String shortened(String base, String suffix) {
    int room = MAX_LENGTH - suffix.length();
    String cut = base.length() <= room ? base : base.substring(0, cutPoint(base, room));
    return cut.strip().replaceAll("'+$", "") + suffix;
  }

  /** Never between the two halves of a character outside the basic plane. */
  private static int cutPoint(String text, int room) {
    return Character.isLowSurrogate(text.charAt(room)) ? room - 1 : room;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
