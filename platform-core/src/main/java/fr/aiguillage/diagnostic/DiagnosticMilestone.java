package fr.aiguillage.diagnostic;

import java.util.UUID;

/**
 * A step of a diagnostic that moves the person's orientation on, fired as a CDI event inside the
 * diagnostic's transaction: opened, or completed with the criteria's proposal.
 */
public record DiagnosticMilestone(
    Kind kind,
    UUID diagnosticId,
    UUID beneficiaryId,
    String proposedPathway,
    String proposedTarget,
    String proposedRule,
    boolean needsReview,
    Integer criteriaVersion) {

  public enum Kind {
    OPENED,
    COMPLETED
  }

  static DiagnosticMilestone opened(Diagnostic d) {
    return new DiagnosticMilestone(
        Kind.OPENED, d.id(), d.beneficiaryId(), null, null, null, false, null);
  }

  static DiagnosticMilestone completed(Diagnostic d) {
    return new DiagnosticMilestone(
        Kind.COMPLETED,
        d.id(),
        d.beneficiaryId(),
        d.proposedPathway(),
        d.proposedTarget(),
        d.proposedRule(),
        Boolean.TRUE.equals(d.proposedReview()),
        d.criteriaVersion());
  }
}
