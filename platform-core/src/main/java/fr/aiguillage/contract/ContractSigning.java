package fr.aiguillage.contract;

import fr.aiguillage.contract.Signature.Signer;
import fr.aiguillage.shared.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The copy of a contract submitted for signature, its SHA-256 frozen with it, and the two
 * signatures made on that very copy: each party signs once, and only the document whose hash is the
 * frozen one. Part of {@link Contract}, laid out as the columns it will have.
 */
@Embeddable
public class ContractSigning {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE)
          .withZone(ZoneId.of("Europe/Paris"));

  @Convert(converter = RenderedContractConverter.class)
  @Column(name = "rendered")
  private RenderedContract rendered;

  /** The exact PDF both parties are shown and sign. */
  @Column(name = "document_pdf")
  private byte[] documentPdf;

  @Column(name = "document_sha256")
  private String documentSha256;

  /** The signed copy: the same pages and the signature page, written when the second signs. */
  @Column(name = "signed_pdf")
  private byte[] signedPdf;

  /** Signature rows are kept when the contract goes back to draft; only these links are cleared. */
  @OneToOne(cascade = {CascadeType.PERSIST, CascadeType.MERGE})
  @JoinColumn(name = "referent_signature_id")
  private Signature referentSignature;

  @OneToOne(cascade = {CascadeType.PERSIST, CascadeType.MERGE})
  @JoinColumn(name = "person_signature_id")
  private Signature personSignature;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected ContractSigning() {}

  /**
   * The copy both parties will be shown and sign: its rendering, its PDF and that PDF's SHA-256.
   */
  static ContractSigning freeze(RenderedContract copy, byte[] pdf) {
    ContractSigning s = new ContractSigning();
    s.rendered = copy;
    s.documentPdf = pdf.clone();
    s.documentSha256 = RenderedContract.sha256(pdf);
    return s;
  }

  /**
   * Keeps the signed copy, once: both have signed.
   *
   * @throws ConflictException if a party has not signed yet or the copy is already kept
   */
  void keepSignedCopy(byte[] pdf) {
    if (signedAt == null || signedPdf != null) {
      throw new ConflictException(
          "signedPdf",
          signedAt == null
              ? "La copie signée s'écrit quand les deux parties ont signé."
              : "La copie signée est déjà écrite : elle ne change plus.");
    }
    signedPdf = pdf.clone();
  }

  /**
   * Keeps the signature of {@code signer} if they are the expected party ({@code expectedId}), have
   * not signed yet, were shown the frozen copy (same hash), consented and typed their name ({@code
   * expectedName}, loosely); from {@code origin} when remote, else null. True when both parties
   * have now signed.
   */
  boolean sign(
      UUID contractId,
      Signer signer,
      UUID signerId,
      UUID expectedId,
      String expectedName,
      SignatureConsent given,
      Signature.Origin origin,
      Instant at) {
    if (!expectedId.equals(signerId)) {
      throw new ConflictException(
          "signerId",
          signer == Signer.REFERENT
              ? "Seul le référent qui a rédigé le contrat (" + expectedName + ") le signe."
              : "Seule la personne concernée par le contrat le signe.");
    }
    checkCanSign(signer, given.shownSha256());
    Signature s = Signature.of(contractId, signer, signerId, given, expectedName, origin, at);
    if (signer == Signer.REFERENT) {
      referentSignature = s;
    } else {
      personSignature = s;
    }
    if (referentSignature != null && personSignature != null) {
      signedAt = at;
      return true;
    }
    return false;
  }

  private void checkCanSign(Signer signer, String shownSha256) {
    signatureOf(signer)
        .ifPresent(
            s -> {
              throw new ConflictException(
                  "signer",
                  "Ce contrat est déjà signé par "
                      + signer.label()
                      + " (le "
                      + WHEN.format(s.signedAt())
                      + ") : on ne signe qu'une fois.");
            });
    if (!documentSha256.equals(shownSha256)) {
      throw new ConflictException(
          "documentSha256",
          "Le document a changé depuis qu'il a été montré : relisez la version actuelle avant de"
              + " signer.");
    }
  }

  public Optional<Signature> signatureOf(Signer signer) {
    return Optional.ofNullable(signer == Signer.REFERENT ? referentSignature : personSignature);
  }

  public RenderedContract rendered() {
    return rendered;
  }

  /** The PDF both parties sign (a copy). */
  public byte[] documentPdf() {
    return documentPdf.clone();
  }

  /** The signed copy with its signature page, once both have signed. */
  public Optional<byte[]> signedPdf() {
    return Optional.ofNullable(signedPdf).map(byte[]::clone);
  }

  /** The SHA-256 of the frozen PDF, in lower-case hexadecimal. */
  public String documentSha256() {
    return documentSha256;
  }

  /** When the second party signed. */
  public Optional<Instant> signedAt() {
    return Optional.ofNullable(signedAt);
  }
}
