package fr.aiguillage.contract;

import static fr.aiguillage.contract.ContractSamples.PERSON_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The contract's PDFs are accessible (PDF/UA), say what the contract says, and escape values. */
class ContractPdfTest {
  static final RenderedContract COPY = ContractSamples.national();
  static final ContractPdf.Header HEADER = ContractSamples.header(PERSON_NAME);

  @Test
  void theDocumentToSignIsAnAccessiblePdfOfTheWholeContract() throws IOException {
    byte[] pdf = ContractPdf.document(COPY, HEADER);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertAccessible(doc, "Contrat d'engagement — Marie-Hélène DUPONT");
      String text = text(doc);
      assertThat(text)
          .contains(
              "Département — Loire-Atlantique",
              "Service de l'insertion — revenu de solidarité active",
              "3 quai Ceineray",
              PERSON_NAME,
              "Référence : 3F2A9C1B-v1",
              COPY.title(),
              COPY.sections().get(0).heading(),
              "Plan d'action",
              "Objectif 2 : Devenir aide-soignante",
              "Préparation au concours",
              "Vélocampus",
              "Mentions légales",
              "Signatures",
              "signé électroniquement",
              "Page 1 sur " + doc.getNumberOfPages())
          .doesNotContain("Page de signature", "&amp;", "&#39;", "{{", "non renseigné");
    }
  }

  @Test
  void theSignedPdfAddsOnePageWithTheEvidenceOfEachSignature() throws IOException {
    byte[] document = ContractPdf.document(COPY, HEADER);
    String hash = RenderedContract.sha256(document);
    byte[] signed = ContractPdf.signed(COPY, HEADER, hash, ContractSamples.signatures(PERSON_NAME));
    try (PDDocument doc = Loader.loadPDF(signed);
        PDDocument unsigned = Loader.loadPDF(document)) {
      assertAccessible(doc, "Contrat d'engagement — Marie-Hélène DUPONT");
      assertThat(doc.getNumberOfPages()).isEqualTo(unsigned.getNumberOfPages() + 1);
      String text = text(doc);
      assertThat(text)
          .contains(
              "Préparation au concours",
              "Page de signature",
              "Le référent",
              "Nom tapé : Karim Benali",
              "sur l'écran du référent",
              "Le 12 mars 2027 à 14h05 (heure de Paris)",
              "La personne",
              "Le 13 mars 2027 à 16h22 (heure de Paris)",
              "Adresse IP : 203.0.113.7",
              "Mozilla/5.0 (Linux; Android 14",
              "Empreinte SHA-256 du document signé",
              hash,
              "règlement",
              "910/2014",
              "eIDAS");
      // the signature page is the last one, and only there
      PDFTextStripper last = new PDFTextStripper();
      last.setStartPage(doc.getNumberOfPages());
      assertThat(last.getText(doc)).contains("Page de signature", hash);
      assertThat(text.indexOf("Adresse IP"))
          .as("only the remote one")
          .isEqualTo(text.lastIndexOf("Adresse IP"));
    }
  }

  @Test
  void theSameContractGivesTheSameBytesSoItsHashCanBeCheckedAgain() {
    assertThat(RenderedContract.sha256(ContractPdf.document(COPY, HEADER)))
        .isEqualTo(RenderedContract.sha256(ContractPdf.document(COPY, HEADER)));
  }

  @Test
  void namesAreEscapedAndShownAsTyped() throws IOException {
    String name = "Zoé <b>\"O'Brien\" & fils</b>";
    RenderedContract copy = ContractSamples.national("Zoé", "<b>\"O'Brien\" & fils</b>");
    ContractPdf.Header header = ContractSamples.header(name);
    byte[] pdf =
        ContractPdf.signed(copy, header, "ab".repeat(32), ContractSamples.signatures(name));
    assertThat(ContractPdf.html(copy, header, "ab".repeat(32), ContractSamples.signatures(name)))
        .contains("Zoé &lt;b&gt;&quot;O&#39;Brien&quot; &amp; fils&lt;/b&gt;")
        .doesNotContain("<b>\"O'Brien");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Contrat d'engagement — " + name);
      assertThat(text(doc)).contains(name, "Nom tapé : " + name).doesNotContain("&lt;", "&amp;");
    }
  }

  @Test
  void theHeaderWithoutAddressAndTheSignaturesFactsOfASignature() {
    assertThat(new ContractPdf.Header("Ardennes", null, "X", "R").departementAddress()).isEmpty();
    assertThat(
            new ContractPdf.SignatureFacts(
                    "La personne", "X", "m", Instant.parse("2027-07-01T08:00:00Z"), null, null)
                .when())
        .isEqualTo("1er juillet 2027 à 10h00");
    Contract c = ContractFixtures.signed();
    List<ContractPdf.SignatureFacts> facts =
        List.of(Signature.Signer.REFERENT, Signature.Signer.PERSON).stream()
            .map(s -> ContractPdf.SignatureFacts.of(c.signing().orElseThrow().signatureOf(s).get()))
            .toList();
    assertThat(facts)
        .extracting(ContractPdf.SignatureFacts::role)
        .containsExactly("Le référent", "La personne");
    assertThat(facts.get(1).name()).isEqualTo(ContractFixtures.PERSON_NAME);
    assertThat(facts.get(1).ipAddress()).isNull();
    ContractPdf.Header h = ContractPdf.Header.of(c, "Ardennes", List.of());
    assertThat(h.personName()).isEqualTo(ContractFixtures.PERSON_NAME);
    assertThat(h.reference()).matches("[0-9A-F]{8}-v1");
    assertThat(ContractPdf.fileName(h, true)).isEqualTo("contrat-" + h.reference() + "-signe.pdf");
  }

  private static void assertAccessible(PDDocument doc, String title) throws IOException {
    var catalog = doc.getDocumentCatalog();
    assertThat(catalog.getStructureTreeRoot()).isNotNull();
    assertThat(catalog.getMarkInfo()).isNotNull();
    assertThat(catalog.getMarkInfo().isMarked()).isTrue();
    assertThat(catalog.getLanguage()).startsWith("fr");
    assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
    PDViewerPreferences prefs = catalog.getViewerPreferences();
    assertThat(prefs).isNotNull();
    assertThat(prefs.displayDocTitle()).isTrue();
    PDMetadata xmp = catalog.getMetadata();
    assertThat(xmp).isNotNull();
    String metadata = new String(xmp.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(metadata).contains("pdfuaid").containsPattern("pdfuaid:part(>|=\")1");
    for (PDPage page : doc.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
    }
  }

  private static String text(PDDocument doc) throws IOException {
    return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
  }
}
