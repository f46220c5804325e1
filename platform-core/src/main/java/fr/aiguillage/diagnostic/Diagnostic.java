package fr.aiguillage.diagnostic;

import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's socio-professional diagnostic, filled together: the person's answers and the
 * professional's are kept apart (who, when), the professional's prevail, differences are shown. It
 * ends with a synthesis, next steps and actions, and records the proposal the criteria made.
 */
@Entity
@Table(name = "diagnostic")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Diagnostic {
  public enum Status {
    IN_PROGRESS,
    COMPLETED
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "beneficiary_id", nullable = false)
  private UUID beneficiaryId;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "questionnaire_version", nullable = false)
  private int questionnaireVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "person_answers", nullable = false)
  private String personAnswers;

  @Column(name = "professional_answers", nullable = false)
  private String professionalAnswers;

  @Column(name = "synthesis")
  private String synthesis;

  @Column(name = "next_steps")
  private String nextSteps;

  @Column(name = "actions")
  private String actions;

  @Column(name = "shared_at")
  private Instant sharedAt;

  @Column(name = "shared_by")
  private String sharedBy;

  @Column(name = "proposed_pathway")
  private String proposedPathway;

  @Column(name = "proposed_target")
  private String proposedTarget;

  @Column(name = "proposed_rule")
  private String proposedRule;

  @Column(name = "proposed_review")
  private Boolean proposedReview;

  @Column(name = "criteria_version")
  private Integer criteriaVersion;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected Diagnostic() {}

  public static Diagnostic open(UUID beneficiaryId, int questionnaireVersion, Instant now) {
    Diagnostic d = new Diagnostic();
    d.id = UUID.randomUUID();
    d.beneficiaryId = beneficiaryId;
    d.questionnaireVersion = questionnaireVersion;
    d.status = Status.IN_PROGRESS;
    d.personAnswers = "{}";
    d.professionalAnswers = "{}";
    d.createdAt = now;
    d.updatedAt = now;
    return d;
  }

  /** Records checked answers of one respondent; a null value withdraws that answer. */
  public void record(Respondent respondent, Map<String, Object> values, String by, Instant now) {
    Map<String, Answer> current = new LinkedHashMap<>(answers(respondent));
    values.forEach(
        (code, value) -> {
          if (value == null) {
            current.remove(code);
          } else {
            current.put(code, new Answer(value, by, now));
          }
        });
    if (respondent == Respondent.PERSON) {
      personAnswers = AnswerCodec.write(current);
    } else {
      professionalAnswers = AnswerCodec.write(current);
    }
    updatedAt = now;
  }

  public Map<String, Answer> answers(Respondent respondent) {
    return AnswerCodec.read(respondent == Respondent.PERSON ? personAnswers : professionalAnswers);
  }

  /** What the criteria read: the professional's answer where given, else the person's. */
  public Map<String, Object> effectiveAnswers() {
    Map<String, Object> out = new LinkedHashMap<>();
    answers(Respondent.PERSON).forEach((code, a) -> out.put(code, a.value()));
    answers(Respondent.PROFESSIONAL).forEach((code, a) -> out.put(code, a.value()));
    return out;
  }

  public List<Difference> differences() {
    Map<String, Answer> person = answers(Respondent.PERSON);
    List<Difference> out = new ArrayList<>();
    answers(Respondent.PROFESSIONAL)
        .forEach(
            (code, pro) -> {
              Answer mine = person.get(code);
              if (mine != null && !Objects.equals(mine.value(), pro.value())) {
                out.add(new Difference(code, mine.value(), pro.value()));
              }
            });
    return out;
  }

  public void recordProposal(Proposal p, Instant now) {
    proposedPathway = p.pathway().name();
    proposedTarget = p.targetKind().map(Enum::name).orElse(null);
    proposedRule = p.decidedBy().code();
    proposedReview = p.needsReview();
    criteriaVersion = p.ruleSetVersion();
    proposedAt = now;
  }

  public void complete(String synthesis, String nextSteps, List<String> actions, Instant now) {
    if (status == Status.COMPLETED) {
      throw new IllegalStateException("already completed");
    }
    Limits.checkText("synthesis", synthesis, Limits.LONG_TEXT);
    Limits.checkText("nextSteps", nextSteps, Limits.LONG_TEXT);
    if (actions.size() > Limits.LIST) {
      throw new InvalidInputException("actions", "Au plus " + Limits.LIST + " actions.");
    }
    for (int i = 0; i < actions.size(); i++) {
      Limits.checkText("actions[" + i + "]", actions.get(i), Limits.LABEL);
    }
    this.synthesis = synthesis;
    this.nextSteps = nextSteps;
    this.actions = String.join("\n", actions);
    this.status = Status.COMPLETED;
    this.completedAt = now;
    this.updatedAt = now;
  }

  /** The person agrees (or no longer agrees) to share the synthesis with their structure. */
  public void share(boolean agreed, String by, Instant now) {
    sharedAt = agreed ? now : null;
    sharedBy = agreed ? by : null;
  }

  public Instant sharedAt() {
    return sharedAt;
  }

  public String sharedBy() {
    return sharedBy;
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

  public int questionnaireVersion() {
    return questionnaireVersion;
  }

  public Status status() {
    return status;
  }

  public String synthesis() {
    return synthesis;
  }

  public String nextSteps() {
    return nextSteps;
  }

  public List<String> actions() {
    return actions == null || actions.isBlank() ? List.of() : List.of(actions.split("\n"));
  }

  public String proposedPathway() {
    return proposedPathway;
  }

  public String proposedTarget() {
    return proposedTarget;
  }

  public String proposedRule() {
    return proposedRule;
  }

  public Boolean proposedReview() {
    return proposedReview;
  }

  public Integer criteriaVersion() {
    return criteriaVersion;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
