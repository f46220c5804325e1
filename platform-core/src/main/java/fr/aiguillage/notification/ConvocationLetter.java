package fr.aiguillage.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguillage.shared.AccessiblePdf;
import java.time.LocalDate;
import java.util.Map;

/**
 * A convocation letter as an accessible PDF (PDF/UA, French), from the XHTML template {@code
 * convocation-letter.html}; its data travel as JSON in the letter's notice.
 */
public final class ConvocationLetter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConvocationLetter() {}

  public static String fileName(ConvocationData d) {
    return (d.cancelled() ? "annulation-" : "convocation-") + d.reference() + ".pdf";
  }

  public static byte[] pdf(ConvocationData d) {
    Map<String, Object> scope =
        Map.of(
            "d",
            d,
            "date",
            Templates.longDate(d.date() == null ? null : LocalDate.parse(d.date())));
    return AccessiblePdf.render(Templates.html("convocation-letter.html", scope));
  }

  static String json(ConvocationData d) {
    try {
      return JSON.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ConvocationData read(Notification letter) {
    try {
      return JSON.readValue(letter.body(), ConvocationData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Courrier illisible : " + letter.id(), e);
    }
  }
}
