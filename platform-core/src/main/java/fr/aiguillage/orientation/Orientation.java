package fr.aiguillage.orientation;

import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's orientation: its state in the lifecycle, the proposal it was decided from and the
 * decision (pathway, structure, referent). Every change of state goes through {@link #moveTo} or
 * {@link #decide}, which refuse illegal transitions and return the dated record that {@link
 * OrientationJournal} keeps and publishes.
 */
@Entity
@Table(name = "orientation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Orientation {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "beneficiary_id", nullable = false)
  private UUID beneficiaryId;

  @Version
  @Column(name = "version")
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private OrientationState state;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "state_since", nullable = false)
  private Instant stateSince;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "diagnostic_id")
  private UUID diagnosticId;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_pathway")
  private Pathway proposedPathway;

  @Column(name = "proposed_target")
  private String proposedTarget;

  @Column(name = "proposed_rule")
  private String proposedRule;

  @Column(name = "proposed_review")
  private Boolean proposedReview;

  @Column(name = "criteria_version")
  private Integer criteriaVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "pathway")
  private Pathway pathway;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "structure_id")
  private UUID structureId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "referent_id")
  private UUID referentId;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "override_reason")
  private String overrideReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "resume_state")
  private OrientationState resumeState;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** When the first contract under this orientation was signed by both parties. */
  @Column(name = "contract_signed_at")
  private Instant contractSignedAt;

  protected Orientation() {}

  static Orientation open(UUID beneficiaryId, OrientationState first, Instant now) {
    Orientation o = new Orientation();
    o.id = UUID.randomUUID();
    o.beneficiaryId = beneficiaryId;
    o.state = first;
    o.openedAt = now;
    o.stateSince = now;
    return o;
  }

  /** Moves to {@code to} if the lifecycle allows it; the caller keeps the returned record. */
  OrientationTransition moveTo(OrientationState to, String actor, String reason, Instant now) {
    fr.aiguillage.shared.Limits.checkText("reason", reason, fr.aiguillage.shared.Limits.REASON);
    Lifecycle.check(state, to);
    OrientationState from = state;
    if (to == OrientationState.REORIENTATION_REQUESTED) {
      resumeState = from;
    }
    state = to;
    stateSince = now;
    if (to == OrientationState.CLOSED) {
      closedAt = now;
    }
    return new OrientationTransition(id, from, to, actor, reason, now);
  }

  void recordProposal(
      UUID diagnostic, Pathway proposed, String target, String rule, boolean review, int criteria) {
    diagnosticId = diagnostic;
    proposedPathway = proposed;
    proposedTarget = target;
    proposedRule = rule;
    proposedReview = review;
    criteriaVersion = criteria;
  }

  /**
   * The agent's decision and the move to DECIDED, as one step: the pathway, structure and referent
   * are kept, and the returned record says why (the agent's reason when the decision departs from
   * the proposal, else the proposal accepted). A departure without a reason is refused.
   */
  OrientationTransition decide(Decision d, String by, Instant now) {
    Lifecycle.check(state, OrientationState.DECIDED);
    missingReason(d)
        .ifPresent(
            e -> {
              throw new InvalidInputException(e.field(), e.message());
            });
    String override = overrides(d.pathway()) ? Text.blankToNull(d.reason()) : null;
    pathway = d.pathway();
    structureId = d.structureId();
    referentId = d.referentId();
    decidedBy = by;
    decidedAt = now;
    overrideReason = override;
    return moveTo(
        OrientationState.DECIDED,
        by,
        override != null ? override : "Proposition acceptée : " + d.pathway().label(),
        now);
  }

  /** Whether choosing {@code chosen} departs from the criteria's proposal (or there is none). */
  boolean overrides(Pathway chosen) {
    return proposedPathway().map(p -> p != chosen).orElse(true);
  }

  /** The missing explanation of a decision that departs from the proposal, if it is missing. */
  Optional<FieldError> missingReason(Decision d) {
    if (!overrides(d.pathway()) || Text.blankToNull(d.reason()) != null) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldError(
            "reason",
            proposedPathway != null
                ? "Vous choisissez un autre parcours que celui proposé ("
                    + proposedPathway.label()
                    + ") : expliquez pourquoi."
                : "Il n'y a pas de proposition des critères : expliquez votre choix."));
  }

  /**
   * Why this orientation is not a simple case that a batch may decide (not at the proposal, no
   * proposal, or a proposal that asks for an in-depth review); empty when it is one.
   */
  Optional<String> whyNotSimple() {
    if (state != OrientationState.PROPOSED) {
      return Optional.of("« " + state.label() + " » : pas au stade de la proposition.");
    }
    if (proposedPathway == null) {
      return Optional.of("Pas de proposition des critères.");
    }
    if (proposedReview()) {
      return Optional.of("La proposition demande un examen approfondi.");
    }
    return Optional.empty();
  }

  /** Refuses to act on a version the caller did not see (someone changed it meanwhile). */
  void expectVersion(long expected) {
    if (version != expected) {
      throw new ConflictException(
          "version",
          "Cette orientation vient d'être modifiée par quelqu'un d'autre ("
              + state.label()
              + ") : rechargez le dossier.");
    }
  }

  /** The first step of the history: the file opened in its first state. */
  OrientationTransition opening(String actor) {
    return new OrientationTransition(id, null, state, actor, "Dossier ouvert", openedAt);
  }

  /** The partner names the referent who will follow the person. */
  void assignReferent(UUID referent) {
    referentId = referent;
  }

  public UUID id() {
    return id;
  }

  public UUID beneficiaryId() {
    return beneficiaryId;
  }

  public long version() {
    return version;
  }

  public OrientationState state() {
    return state;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant stateSince() {
    return stateSince;
  }

  public Optional<UUID> diagnosticId() {
    return Optional.ofNullable(diagnosticId);
  }

  public Optional<Pathway> proposedPathway() {
    return Optional.ofNullable(proposedPathway);
  }

  public String proposedTarget() {
    return proposedTarget;
  }

  public String proposedRule() {
    return proposedRule;
  }

  public boolean proposedReview() {
    return Boolean.TRUE.equals(proposedReview);
  }

  public Integer criteriaVersion() {
    return criteriaVersion;
  }

  public Optional<Pathway> pathway() {
    return Optional.ofNullable(pathway);
  }

  public Optional<UUID> structureId() {
    return Optional.ofNullable(structureId);
  }

  public Optional<UUID> referentId() {
    return Optional.ofNullable(referentId);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String overrideReason() {
    return overrideReason;
  }

  public Optional<OrientationState> resumeState() {
    return Optional.ofNullable(resumeState);
  }

  /** Keeps the first contract signed under this orientation; a later one changes nothing. */
  public void recordContractSigned(Instant at) {
    if (contractSignedAt == null) {
      contractSignedAt = at;
    }
  }

  public Optional<Instant> contractSignedAt() {
    return Optional.ofNullable(contractSignedAt);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }
}
