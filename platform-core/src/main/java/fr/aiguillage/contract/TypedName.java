package fr.aiguillage.contract;

import fr.aiguillage.shared.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The name a signer types, compared loosely with the name the document shows: case, accents,
 * hyphens, apostrophes and spaces do not count, nor the order of the words — "DUPONT Marie-Hélène"
 * matches "marie helene dupont" and "Dupont Mariehelene", "N'Diaye Awa" matches "awa ndiaye". Every
 * word must be there, none added, none misspelt.
 */
final class TypedName {
  private TypedName() {}

  static boolean matches(String typed, String expected) {
    String letters = Text.searchKey(typed).replace(" ", "");
    String key = Text.searchKey(expected);
    return !letters.isEmpty() && !key.isEmpty() && madeOf(letters, List.of(key.split(" ")));
  }

  /** Whether {@code letters} is exactly {@code words} put end to end, in some order. */
  private static boolean madeOf(String letters, List<String> words) {
    if (words.isEmpty()) {
      return letters.isEmpty();
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (letters.startsWith(word)) {
        List<String> others = new ArrayList<>(words);
        others.remove(i);
        if (madeOf(letters.substring(word.length()), others)) {
          return true;
        }
      }
    }
    return false;
  }
}
