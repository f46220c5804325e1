package fr.aiguillage.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A contract as rendered from its template, values and plan, in XHTML fragments: the sections, the
 * action plan table, the legal mentions, and the whole document that the preview shows and the PDF
 * will lay out. A contract keeps this copy, so a later change to its template never changes it.
 */
public record RenderedContract(
    ContractKind kind,
    int templateVersion,
    String title,
    List<Section> sections,
    String actionPlan,
    List<String> legalMentions) {

  /** A rendered section: its heading (plain text) and its body (XHTML). */
  public record Section(String heading, String html) {}

  public RenderedContract {
    sections = List.copyOf(sections);
    legalMentions = List.copyOf(legalMentions);
  }

  /** The whole document as one XHTML fragment. */
  public String html() {
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"contrat\" lang=\"fr\">\n<h1>")
        .append(ContractRenderer.escape(title))
        .append("</h1>\n");
    for (Section s : sections) {
      b.append("<section>\n<h2>")
          .append(ContractRenderer.escape(s.heading()))
          .append("</h2>\n")
          .append(s.html())
          .append("</section>\n");
    }
    b.append(actionPlan);
    if (!legalMentions.isEmpty()) {
      b.append("<section class=\"mentions-legales\">\n<h2>Mentions légales</h2>\n");
      legalMentions.forEach(b::append);
      b.append("</section>\n");
    }
    return b.append("</article>\n").toString();
  }

  /** The bytes the hash is taken over: {@link #html()} in UTF-8. */
  public byte[] canonicalBytes() {
    return html().getBytes(StandardCharsets.UTF_8);
  }

  /** The SHA-256 of {@link #canonicalBytes()}, in lower-case hexadecimal. */
  public String sha256() {
    return sha256(canonicalBytes());
  }

  /** The SHA-256 of some bytes (a document, a PDF), in lower-case hexadecimal. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
