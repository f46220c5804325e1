package fr.aiguillage.diagnostic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A diagnostic as the edges see it. */
public record DiagnosticDetails(
    UUID id,
    UUID beneficiaryId,
    long version,
    String status,
    int questionnaireVersion,
    Map<String, Answer> personAnswers,
    Map<String, Answer> professionalAnswers,
    List<Difference> differences,
    String synthesis,
    String nextSteps,
    List<String> actions,
    StoredProposal proposal,
    Instant completedAt,
    Instant sharedAt,
    String sharedBy) {

  /** The last proposal made for this diagnostic, with the criteria version that made it. */
  public record StoredProposal(
      String pathway,
      String targetKind,
      String rule,
      Boolean needsReview,
      Integer criteriaVersion,
      Instant at) {}

  static DiagnosticDetails of(Diagnostic d) {
    StoredProposal p =
        d.proposedPathway() == null
            ? null
            : new StoredProposal(
                d.proposedPathway(),
                d.proposedTarget(),
                d.proposedRule(),
                d.proposedReview(),
                d.criteriaVersion(),
                d.proposedAt());
    return new DiagnosticDetails(
        d.id(),
        d.beneficiaryId(),
        d.version(),
        d.status().name(),
        d.questionnaireVersion(),
        d.answers(Respondent.PERSON),
        d.answers(Respondent.PROFESSIONAL),
        d.differences(),
        d.synthesis(),
        d.nextSteps(),
        d.actions(),
        p,
        d.completedAt(),
        d.sharedAt(),
        d.sharedBy());
  }
}
