package fr.aiguillage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
  /** The search key as defined: decomposed, accents dropped, lower case, single spaces. */
  private static String byDefinition(String s) {
    String noAccents =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{InCombiningDiacriticalMarks}", "");
    return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }

  @Test
  void anAsciiTextHasTheKeyOfTheDefinition() {
    Random r = new Random(15);
    for (int i = 0; i < 100_000; i++) {
      char[] cs = new char[r.nextInt(12)];
      for (int j = 0; j < cs.length; j++) {
        // letters and digits mostly, and every other ASCII character, controls included
        cs[j] = r.nextInt(3) == 0 ? (char) r.nextInt(128) : "aZ9 -'.".charAt(r.nextInt(7));
      }
      String s = new String(cs);
      assertThat(Text.searchKey(s)).as("« %s »", s).isEqualTo(byDefinition(s));
    }
  }

  @Test
  void accentsAndOtherLettersStillGoThroughTheDefinition() {
    assertThat(Text.searchKey("  Lefèvre-DUPONT  Chloé ")).isEqualTo("lefevre dupont chloe");
    assertThat(Text.searchKey("Çœur Ñandú")).isEqualTo(byDefinition("Çœur Ñandú"));
    assertThat(Text.searchKey("O'Neil / Jean-Marc")).isEqualTo("o neil jean marc");
    assertThat(Text.searchKey(null)).isEmpty();
  }
}
