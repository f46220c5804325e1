package fr.aiguillage.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Text helpers shared by the contexts. */
public final class Text {
  private Text() {}

  /** Lower case, no accents, single spaces: the form names are searched in. */
  public static String searchKey(String s) {
    if (s == null) {
      return "";
    }
    String ascii = asciiSearchKey(s);
    if (ascii != null) {
      return ascii;
    }
    String noAccents = ACCENTS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(noAccents.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /**
   * The search key of a text in plain ASCII without the two regular expressions and the Unicode
   * normalisation (the same result: nothing to decompose); null if the text has another character.
   */
  private static String asciiSearchKey(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.append(c);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  private static final Pattern ACCENTS = Pattern.compile("\\p{InCombiningDiacriticalMarks}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * What is wrong with a one-line text typed or received, in French, or empty: longer than {@code
   * max} characters once stripped (the column's length), or holding a control character (NUL, tab,
   * line break…), which PostgreSQL refuses or which would break a letter or a list.
   */
  public static Optional<String> problem(String s, int max) {
    return problem(s, max, false);
  }

  /** As {@link #problem(String, int)}; a multi-line text may hold tabs and line breaks. */
  public static Optional<String> problem(String s, int max, boolean multiLine) {
    if (s == null) {
      return Optional.empty();
    }
    int length = s.strip().length();
    if (length > max) {
      return Optional.of(
          "Texte trop long : "
              + max
              + " caractères au plus (ici "
              + String.format(Locale.FRANCE, "%,d", length).replaceAll("\\D", " ")
              + ").");
    }
    if (hasControlCharacter(s, multiLine)) {
      return Optional.of(
          "Ce texte contient un caractère de contrôle invisible"
              + (multiLine ? "" : " (tabulation, retour à la ligne, caractère nul…)")
              + " : retirez-le.");
    }
    return Optional.empty();
  }

  /** NUL and the other C0/C1 control characters and DEL; tab and line breaks if multi-line. */
  public static boolean hasControlCharacter(String s, boolean multiLine) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.CONTROL
          && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with control characters replaced by a space and cut to {@code max} characters: for a
   * message that quotes what was received.
   */
  public static String printable(String s, int max) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
    for (int i = 0; i < s.length() && b.length() < max; i++) {
      char c = s.charAt(i);
      b.append(Character.getType(c) == Character.CONTROL ? ' ' : c);
    }
    if (s.length() > max) {
      b.setLength(max - 1);
      b.append('…');
    }
    return b.toString();
  }
}
