package fr.aiguillage.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers shared by the contexts. */
public final class Text {
  private Text() {}

  /** Lower case, no accents, single spaces: the form names are searched in. */
  public static String searchKey(String s) {
    if (s == null) {
      return "";
    }
    String noAccents =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{InCombiningDiacriticalMarks}", "");
    return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
