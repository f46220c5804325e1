package fr.aiguillage.orientation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's orientation as the edges see it: where it stands, its dated history, its delays. */
public record OrientationFile(
    UUID id,
    UUID beneficiaryId,
    long version,
    OrientationState state,
    String stateLabel,
    Instant stateSince,
    List<OrientationState> next,
    Proposed proposal,
    Decided decision,
    List<Step> history,
    List<ReferralView> referrals,
    Delays delays) {

  /** The criteria's proposal the agent decides from (null before the diagnostic ends). */
  public record Proposed(
      UUID diagnosticId,
      String pathway,
      String target,
      String rule,
      boolean needsReview,
      Integer criteriaVersion) {}

  /** The decision (null before it is taken). */
  public record Decided(
      String pathway,
      UUID structureId,
      UUID referentId,
      Instant at,
      String by,
      String overrideReason) {}

  public record Step(
      OrientationState from,
      OrientationState to,
      String label,
      Instant at,
      String actor,
      String reason) {}

  public record ReferralView(
      UUID id,
      UUID structureId,
      String partnerOrganisation,
      String status,
      Instant sentAt,
      Instant dueAt,
      Instant remindedAt,
      Instant expiredAt,
      Instant answeredAt,
      String answerReason) {
    static ReferralView of(Referral r) {
      return new ReferralView(
          r.id(),
          r.structureId(),
          r.partnerOrgId(),
          r.status().name(),
          r.sentAt(),
          r.dueAt(),
          r.remindedAt().orElse(null),
          r.expiredAt().orElse(null),
          r.answeredAt().orElse(null),
          r.answerReason());
    }
  }
}
