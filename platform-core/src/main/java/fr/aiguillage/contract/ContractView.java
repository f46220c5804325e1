package fr.aiguillage.contract;

import fr.aiguillage.contract.Signature.Signer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A contract as the screens and the API show it: what it says, where it stands today, its
 * signatures, its deadline, its history, and the document (the frozen copy once submitted; the
 * draft rendered now before).
 *
 * @param deadline the month from the notification of the orientation, null before it is notified
 * @param reexaminationOn for the social pathway, six months after the signature (L.262-31 CASF)
 * @param html the document as XHTML, to read before signing
 */
public record ContractView(
    UUID id,
    UUID beneficiaryId,
    String personName,
    UUID orientationId,
    ContractKind kind,
    String kindLabel,
    int contractVersion,
    ContractState state,
    String stateLabel,
    Instant stateSince,
    Author author,
    ContractTerm term,
    LocalDate endDate,
    ActionPlan plan,
    int plannedWeeklyHours,
    String documentSha256,
    List<SignatureView> signatures,
    Closure closure,
    Lineage lineage,
    Deadline deadline,
    LocalDate reexaminationOn,
    List<Step> history,
    String html,
    long rowVersion) {

  /**
   * @param partnerOrganisation the partner organisation's id, null for the département
   * @param partnerOrganisationName its name, as the directory of partners gives it
   */
  public record Author(
      String referentName,
      String body,
      String partnerOrganisation,
      String partnerOrganisationName) {}

  public record SignatureView(
      Signer signer,
      String signerLabel,
      String typedName,
      Signature.Method method,
      Instant signedAt,
      String documentSha256,
      String ipAddress,
      String userAgent) {
    static SignatureView of(Signature s) {
      return new SignatureView(
          s.signer(),
          s.signer().label(),
          s.typedName(),
          s.method(),
          s.signedAt(),
          s.documentSha256(),
          s.ipAddress(),
          s.userAgent());
    }
  }

  public record Closure(String reason, LocalDate endedOn) {}

  public record Lineage(UUID amendsId, UUID renewsId, UUID successorId) {}

  public record Deadline(
      LocalDate notifiedOn, LocalDate dueOn, String status, String statusLabel, long daysLate) {}

  public record Step(
      ContractStep step,
      String label,
      ContractState from,
      ContractState to,
      Instant at,
      String actor,
      String reason,
      String documentSha256) {}

  static ContractView of(
      Contract c,
      LocalDate today,
      Deadline deadline,
      LocalDate reexaminationOn,
      List<ContractTransition> steps,
      String html,
      String partnerOrganisationName) {
    ContractContent content = c.content();
    ContractAuthor a = content.author();
    ContractState now = c.stateOn(today);
    return new ContractView(
        c.id(),
        c.beneficiaryId(),
        c.personName(),
        c.orientationId(),
        content.kind(),
        content.kind().label(),
        c.lineage().contractVersion(),
        now,
        now.label(),
        c.stateSince(),
        new Author(a.referentName(), a.body().name(), a.partnerOrg(), partnerOrganisationName),
        content.term(),
        content.term().end(),
        content.plan(),
        content.plan().plannedWeeklyHours(),
        c.signing().map(ContractSigning::documentSha256).orElse(null),
        c.signing().stream()
            .flatMap(s -> Stream.of(Signer.values()).flatMap(w -> s.signatureOf(w).stream()))
            .map(SignatureView::of)
            .toList(),
        c.closure().map(x -> new Closure(x.reason(), x.endedOn().orElse(null))).orElse(null),
        new Lineage(
            c.lineage().amendsId().orElse(null),
            c.lineage().renewsId().orElse(null),
            c.lineage().successorId().orElse(null)),
        deadline,
        reexaminationOn,
        steps.stream()
            .map(
                t ->
                    new Step(
                        t.step(),
                        t.step().label(),
                        t.from(),
                        t.to(),
                        t.at(),
                        t.actor(),
                        t.reason(),
                        t.documentSha256()))
            .toList(),
        html,
        c.rowVersion());
  }
}
