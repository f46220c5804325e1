package fr.aiguillage.contract;

import fr.aiguillage.shared.ConflictException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a contract says, as its referent writes it: the template it is written from, its author, its
 * dates and its action plan. Changed only while the contract is a draft; an amendment starts from a
 * copy. Part of {@link Contract}, laid out as its columns (the plan as a JSON one).
 */
public class ContractContent {
  private ContractKind kind;
  private UUID templateId;
  private int templateVersion;
  private UUID referentId;
  private String referentName;
  private ContractAuthor.Body authorBody;
  private UUID partnerOrganisationId;
  private LocalDate startDate;
  private int durationMonths;
  private String longDurationReason;
  private LocalDate reviewOn;
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
    c.partnerOrganisationId = author.partnerOrganisationId();
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
    c.partnerOrganisationId = partnerOrganisationId;
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
    return new ContractAuthor(referentId, referentName, authorBody, partnerOrganisationId);
  }

  public ContractTerm term() {
    return new ContractTerm(startDate, durationMonths, longDurationReason, reviewOn);
  }

  public ActionPlan plan() {
    return plan;
  }
}
