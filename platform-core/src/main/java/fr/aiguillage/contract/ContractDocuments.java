package fr.aiguillage.contract;

import fr.aiguillage.contract.Signature.Signer;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A contract's documents: the text rendered from its template, the person's file and its plan; the
 * PDF to read (the draft as it reads now, the frozen document, or the signed copy); the signed copy
 * with its signature page. Runs in its caller's transaction, in the person's département.
 */
@ApplicationScoped
class ContractDocuments {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject MergeFiles files;
  @Inject CurrentCaller caller;

  /** The document as it reads now: the person's file, the contract's author, dates and plan. */
  RenderedContract render(Contract c) {
    ContractTemplate template =
        Optional.ofNullable(em.find(ContractTemplate.class, c.content().templateId()))
            .orElseThrow(() -> new NotFoundException("Modèle de contrat"));
    MergeValues v = file(c.beneficiaryId()).values(c.content().term().mergeDates());
    MergeValues values =
        new MergeValues(
            v.person(),
            v.household(),
            v.orientation(),
            new MergeValues.Referent(c.content().author().referentName(), null, null),
            v.structure(),
            v.diagnosticSynthesis(),
            v.dates(),
            v.departement());
    return ContractRenderer.render(template, values, c.content().plan());
  }

  /** The PDF to read: the frozen one once submitted, the signed copy once signed. */
  byte[] pdf(Contract c) {
    return c.signing()
        .map(s -> s.signedPdf().orElseGet(s::documentPdf))
        .orElseGet(() -> ContractPdf.document(render(c), header(c)));
  }

  /** The signed copy: the frozen document and its signature page. */
  byte[] signedPdf(Contract c) {
    ContractSigning s = c.signing().orElseThrow();
    List<ContractPdf.SignatureFacts> facts =
        Stream.of(Signer.REFERENT, Signer.PERSON)
            .flatMap(w -> s.signatureOf(w).stream())
            .map(ContractPdf.SignatureFacts::of)
            .toList();
    return ContractPdf.signed(s.rendered(), header(c), s.documentSha256(), facts);
  }

  /** The PDF's header: the département, the person, the contract's reference. */
  ContractPdf.Header header(Contract c) {
    return ContractPdf.Header.of(c, file(c.beneficiaryId()).departementName(), List.of());
  }

  /** The person's file as the merge fields read it; 404 when not in the caller's département. */
  MergeFile file(UUID beneficiaryId) {
    return files
        .find(caller.get().requireTenant(), beneficiaryId)
        .orElseThrow(() -> new NotFoundException("Dossier"));
  }

  /** The person's name as the document shows it and they type it to sign. */
  static String personName(MergeFile f) {
    String name =
        Stream.of(f.firstNames(), f.lastName())
            .filter(s -> s != null && !s.isBlank())
            .map(String::strip)
            .reduce((a, b) -> a + " " + b)
            .orElse(null);
    if (name == null) {
      throw new ConflictException("beneficiaryId", "Le dossier de la personne n'a pas de nom.");
    }
    return name;
  }
}
