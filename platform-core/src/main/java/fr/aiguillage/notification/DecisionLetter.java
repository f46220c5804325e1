package fr.aiguillage.notification;

import fr.aiguillage.shared.AccessiblePdf;

/**
 * The orientation decision letter as an accessible PDF (PDF/UA: tagged, titled, in French, with its
 * fonts embedded), from the XHTML template {@code decision-letter.html}.
 */
public final class DecisionLetter {
  private DecisionLetter() {}

  public static String fileName(LetterData d) {
    return "decision-orientation-" + d.reference() + ".pdf";
  }

  public static byte[] pdf(LetterData data) {
    return AccessiblePdf.render(Templates.html("decision-letter.html", Templates.scope(data)));
  }
}
