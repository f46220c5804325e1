package fr.aiguillage.contract;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import fr.aiguillage.shared.AccessiblePdf;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A contract as an accessible PDF (PDF/UA), from the XHTML template {@code contract.html}: the
 * document to sign (the département's header, the person, the contract's copy, an empty signatures
 * box), and the signed one (the same pages, then a signature page with the evidence kept of each
 * signature and the SHA-256 of the document signed). Every value is escaped with {@link
 * ContractRenderer#escape}; the copy is already XHTML.
 */
public final class ContractPdf {
  /** The zone in which the signatures' times are written. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");

  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("fr/aiguillage/contract") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(ContractRenderer.escape(value));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }.compile("contract.html");

  /**
   * What the first page says of the département and the person.
   *
   * @param departementAddress its lines, or null or empty when not known
   * @param reference the contract's reference, see {@link #reference}
   */
  public record Header(
      String departementName,
      List<String> departementAddress,
      String personName,
      String reference) {
    public Header {
      departementAddress = departementAddress == null ? List.of() : List.copyOf(departementAddress);
    }

    /** The header of a contract, with its reference ({@link #reference}) and its person's name. */
    public static Header of(Contract c, String departementName, List<String> departementAddress) {
      return new Header(
          departementName,
          departementAddress,
          c.personName(),
          ContractPdf.reference(c.id(), c.lineage().contractVersion()));
    }
  }

  /**
   * One signature as the signature page writes it.
   *
   * @param role "Le référent" or "La personne"
   * @param name the name as typed
   * @param method how, in French ("sur l'écran du référent", ...)
   * @param ipAddress null unless remote
   * @param userAgent null unless remote
   */
  public record SignatureFacts(
      String role,
      String name,
      String method,
      Instant signedAt,
      String ipAddress,
      String userAgent) {

    /** The facts a signature keeps, in French. */
    public static SignatureFacts of(Signature s) {
      String role = s.signer() == Signature.Signer.REFERENT ? "Le référent" : "La personne";
      String method =
          s.method() == Signature.Method.REMOTE
              ? "à distance, par son lien personnel, avec un code à usage unique"
              : "sur l'écran du référent, en sa présence";
      return new SignatureFacts(
          role, s.typedName(), method, s.signedAt(), s.ipAddress(), s.userAgent());
    }

    /** The moment, in Paris: "12 mars 2027 à 14h05". */
    public String when() {
      ZonedDateTime t = signedAt.atZone(PARIS);
      return MergeValues.date(t.toLocalDate()) + " à " + TIME.format(t);
    }
  }

  private ContractPdf() {}

  /** A contract's reference: its id's first eight characters in capitals, and its version. */
  public static String reference(UUID contractId, int contractVersion) {
    return contractId.toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-v" + contractVersion;
  }

  /** The file name of the document to sign, or of the signed one. */
  public static String fileName(Header header, boolean signed) {
    return "contrat-" + header.reference() + (signed ? "-signe" : "") + ".pdf";
  }

  /** The document to sign: header, person, the copy, and an empty signatures box. */
  public static byte[] document(RenderedContract copy, Header header) {
    return AccessiblePdf.render(html(copy, header, null, null));
  }

  /**
   * The document followed by its signature page.
   *
   * @param documentSha256 the SHA-256 of the exact bytes {@link #document} gave for this contract
   */
  public static byte[] signed(
      RenderedContract copy,
      Header header,
      String documentSha256,
      List<SignatureFacts> signatures) {
    return AccessiblePdf.render(html(copy, header, documentSha256, List.copyOf(signatures)));
  }

  /** The XHTML laid out: without signature page when {@code signatures} is null. */
  static String html(
      RenderedContract copy,
      Header header,
      String documentSha256,
      List<SignatureFacts> signatures) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("h", header);
    scope.put("title", copy.title());
    scope.put("templateVersion", copy.templateVersion());
    scope.put("contract", copy.html());
    if (signatures != null) {
      scope.put("signed", true);
      scope.put("signatures", signatures);
      scope.put("hash", documentSha256);
    }
    StringWriter out = new StringWriter();
    TEMPLATE.execute(out, scope);
    return out.toString();
  }
}
