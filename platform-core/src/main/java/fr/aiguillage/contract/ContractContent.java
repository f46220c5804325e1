package fr.aiguillage.contract;

import fr.aiguillage.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a contract says, as its referent writes it: the template it is written from, its author, its
 * dates and its action plan. Changed only while the contract is a draft; an amendment starts from a
 * copy. Part of {@link Contract}, laid out as its columns (the plan as a JSON one).
 */
@Embeddable
public class ContractContent {
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ContractKind kind;

  @Column(name = "template_id", nullable = false)
  private UUID templateId;

  @Column(name = "template_version", nullable = false)
  private int templateVersion;

  @Column(name = "referent_id", nullable = false)
  private UUID referentId;

  @Column(name = "referent_name", nullable = false)
  private String referentName;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_body", nullable = false)
  private ContractAuthor.Body authorBody;

  @Column(name = "partner_org_id")
  private String partnerOrg;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "duration_months", nullable = false)
  private int durationMonths;

  @Column(name = "long_duration_reason")
  private String longDurationReason;

  @Column(name = "review_on", nullable = false)
  private LocalDate reviewOn;

  @Convert(converter = ActionPlanConverter.class)
  @Column(name = "plan", nullable = false)
  private ActionPlan plan;

  protected ContractContent() {}

  /**
   * @throws ConflictException if the template is not published
   */
  static ContractContent of(
      ContractTemplate template, ContractAuthor author, ContractTerm term, ActionPlan plan) {
    if (template.status() != ContractTemplate.Status.PUBLISHED) {
      throw new ConflictException(
          "templateId",
          "Seul un modèle publié sert à rédiger un contrat ; la version "
              + template.version()
              + " ne l'est pas.");
    }
    ContractContent c = new ContractContent();
    c.kind = template.kind();
    c.templateId = template.id();
    c.templateVersion = template.version();
    c.referentId = author.referentId();
    c.referentName = author.referentName();
    c.authorBody = author.body();
    c.partnerOrg = author.partnerOrg();
    c.edit(term, plan);
    return c;
  }

  /** A copy to amend, as a new contract. */
  ContractContent copy() {
    ContractContent c = new ContractContent();
    c.kind = kind;
    c.templateId = templateId;
    c.templateVersion = templateVersion;
    c.referentId = referentId;
    c.referentName = referentName;
    c.authorBody = authorBody;
    c.partnerOrg = partnerOrg;
    c.edit(term(), plan);
    return c;
  }

  void edit(ContractTerm term, ActionPlan plan) {
    startDate = term.start();
    durationMonths = term.durationMonths();
    longDurationReason = term.longDurationReason();
    reviewOn = term.reviewOn();
    this.plan = plan;
  }

  /** Whether {@code copy} was rendered from this content's template version. */
  boolean renderedFromItsTemplate(RenderedContract copy) {
    return copy.kind() == kind && copy.templateVersion() == templateVersion;
  }

  public ContractKind kind() {
    return kind;
  }

  public UUID templateId() {
    return templateId;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public ContractAuthor author() {
    return new ContractAuthor(referentId, referentName, authorBody, partnerOrg);
  }

  public ContractTerm term() {
    return new ContractTerm(startDate, durationMonths, longDurationReason, reviewOn);
  }

  public ActionPlan plan() {
    return plan;
  }
}
