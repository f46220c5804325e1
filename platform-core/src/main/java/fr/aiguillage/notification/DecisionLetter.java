package fr.aiguillage.notification;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * The orientation decision letter as an accessible PDF (PDF/UA: tagged, titled, in French, with its
 * fonts embedded), from the XHTML template {@code decision-letter.html}.
 */
public final class DecisionLetter {
  private static final String FONTS = "/liberation/";

  static {
    // openhtmltopdf writes every step to standard error by default: warnings only, through JUL
    XRLog.setLoggerImpl(new JDKXRLogger());
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
  }

  private DecisionLetter() {}

  public static String fileName(LetterData d) {
    return "decision-orientation-" + d.reference() + ".pdf";
  }

  public static byte[] pdf(LetterData data) {
    String xhtml = Templates.html("decision-letter.html", Templates.scope(data));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.usePdfUaAccessibility(true);
      font(b, "LiberationSans-Regular.ttf", 400, false);
      font(b, "LiberationSans-Bold.ttf", 700, false);
      font(b, "LiberationSans-Italic.ttf", 400, true);
      b.withHtmlContent(xhtml, null);
      b.toStream(out);
      b.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder b, String file, int weight, boolean italic) {
    b.useFont(
        () -> {
          InputStream in = DecisionLetter.class.getResourceAsStream(FONTS + file);
          if (in == null) {
            throw new IllegalStateException("Police absente : " + file);
          }
          return in;
        },
        "Liberation Sans",
        weight,
        italic ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL,
        true);
  }
}
