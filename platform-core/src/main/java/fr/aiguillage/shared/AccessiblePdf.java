package fr.aiguillage.shared;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * An XHTML document laid out as an accessible PDF (PDF/UA: tagged, with the document's title and
 * language, its fonts embedded), in Liberation Sans from the classpath's {@code /liberation/}. The
 * document names its language ({@code <html lang>}), its {@code <title>} and its subject and author
 * ({@code <meta>}), and its stylesheet uses the family {@code 'Liberation Sans'}.
 */
public final class AccessiblePdf {
  /** The family the documents' stylesheets name. */
  public static final String FONT_FAMILY = "Liberation Sans";

  private static final String FONTS = "/liberation/";
  private static final Pattern XMP_DATES =
      Pattern.compile(
          "\\s*<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\\1>"
              + "|\\s+xmp:(CreateDate|ModifyDate|MetadataDate)=\"[^\"]*\"");

  static {
    // openhtmltopdf writes every step to standard error by default: warnings only, through JUL
    XRLog.setLoggerImpl(new JDKXRLogger());
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
  }

  private AccessiblePdf() {}

  /**
   * The PDF of a well-formed XHTML document, the same bytes for the same document: no creation date
   * (neither in the information dictionary nor in the XMP metadata), and a file identifier taken
   * from the document's SHA-256 rather than from the clock, so that a PDF's hash can be checked by
   * laying it out again.
   */
  public static byte[] render(String xhtml) {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.usePdfUaAccessibility(true);
    font(b, "LiberationSans-Regular.ttf", 400, false);
    font(b, "LiberationSans-Bold.ttf", 700, false);
    font(b, "LiberationSans-Italic.ttf", 400, true);
    b.withHtmlContent(xhtml, null);
    try (PdfBoxRenderer renderer = b.buildPdfRenderer();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      renderer.layout();
      try (PDDocument doc = renderer.createPDFKeepOpen()) {
        withoutClock(doc, xhtml);
        doc.save(out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the creation date and sets the file identifier from the document's content. */
  private static void withoutClock(PDDocument doc, String xhtml) throws IOException {
    doc.getDocumentInformation().setCreationDate(null);
    doc.getDocumentInformation().setModificationDate(null);
    PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
    if (xmp != null) {
      String xml = new String(xmp.toByteArray(), StandardCharsets.UTF_8);
      String timeless = XMP_DATES.matcher(xml).replaceAll("");
      if (!timeless.equals(xml)) {
        PDMetadata replaced = new PDMetadata(doc);
        replaced.importXMPMetadata(timeless.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(replaced);
      }
    }
    byte[] id;
    try {
      id =
          Arrays.copyOf(
              MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8)),
              16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().setDocumentID(ids);
  }

  private static void font(PdfRendererBuilder b, String file, int weight, boolean italic) {
    b.useFont(
        () -> {
          InputStream in = AccessiblePdf.class.getResourceAsStream(FONTS + file);
          if (in == null) {
            throw new IllegalStateException("Police absente : " + file);
          }
          return in;
        },
        FONT_FAMILY,
        weight,
        italic ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL,
        true);
  }
}
