package fr.aiguillage.diagnostic;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.criteria.Criteria;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.directory.Placement;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.questionnaire.Answers;
import fr.aiguillage.questionnaire.Questionnaires;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opens, fills, proposes and completes a person's diagnostic, in the caller's département, audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Diagnostics {
  static final String SUBJECT = "beneficiary";
  static final String REFUSAL = "Les diagnostics sont réservés aux agents du département.";

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject BeneficiaryRepository beneficiaries;
  @Inject StructureRepository structures;
  @Inject Criteria criteria;
  @Inject AuditLog audit;
  @Inject EventPublisher events;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;
  @Inject Questionnaires questionnaires;
  @Inject jakarta.enterprise.event.Event<DiagnosticMilestone> milestones;

  /** The diagnostic in progress for this person, opened if there is none. */
  public DiagnosticDetails open(UUID beneficiaryId) {
    staff();
    Beneficiary b =
        beneficiaries.find(beneficiaryId).orElseThrow(() -> new NotFoundException("Dossier"));
    Diagnostic d =
        ofPerson(b.id()).stream()
            .filter(x -> x.status() == Diagnostic.Status.IN_PROGRESS)
            .findFirst()
            .orElseGet(
                () -> {
                  Diagnostic created =
                      Diagnostic.open(b.id(), questionnaires.current().version(), clock.instant());
                  em.persist(created);
                  milestones.fire(DiagnosticMilestone.opened(created));
                  return created;
                });
    audit.record(AuditAction.UPDATE, SUBJECT, b.id(), "diagnostic ouvert " + d.id());
    return DiagnosticDetails.of(d);
  }

  public DiagnosticDetails get(UUID id) {
    staff();
    Diagnostic d = load(id);
    audit.record(AuditAction.READ, SUBJECT, d.beneficiaryId(), "diagnostic " + id);
    return DiagnosticDetails.of(d);
  }

  public List<DiagnosticDetails> ofBeneficiary(UUID beneficiaryId) {
    staff();
    beneficiaries.find(beneficiaryId).orElseThrow(() -> new NotFoundException("Dossier"));
    audit.record(AuditAction.READ, SUBJECT, beneficiaryId, "diagnostics");
    return ofPerson(beneficiaryId).stream().map(DiagnosticDetails::of).toList();
  }

  /** The professional's answers (checked against the questionnaire; null withdraws an answer). */
  public DiagnosticDetails answer(UUID id, Map<String, Object> values) {
    Caller c = currentCaller.get();
    staff();
    Diagnostic d = inProgress(id);
    Map<String, Object> checked = Answers.check(questionnaires.current(), values);
    values.forEach(
        (code, v) -> {
          if (v == null) {
            checked.put(code, null);
          }
        });
    d.record(Respondent.PROFESSIONAL, checked, c.username(), clock.instant());
    em.flush();
    audit.record(AuditAction.UPDATE, SUBJECT, d.beneficiaryId(), "réponses au diagnostic " + id);
    return DiagnosticDetails.of(d);
  }

  /**
   * What the criteria in force propose for this diagnostic now; the proposal is recorded with its
   * version.
   */
  public Proposal propose(UUID id) {
    staff();
    Diagnostic d = load(id);
    Proposal p = criteria.evaluateInForce(d.effectiveAnswers(), age(d.beneficiaryId()));
    d.recordProposal(p, clock.instant());
    audit.record(
        AuditAction.UPDATE,
        SUBJECT,
        d.beneficiaryId(),
        "proposition " + p.pathway() + " (règle " + p.decidedBy().code() + ")");
    return p;
  }

  /**
   * Where the person could go for the pathway proposed (computed now with the criteria in force):
   * structures of the proposed kind that take it, ranked by territory and places left, each with
   * its referents ranked by territory and caseload.
   */
  public List<Placement.RankedStructure> placements(UUID id) {
    TenantCode tenant = staff();
    Diagnostic d = load(id);
    Proposal p = criteria.evaluateInForce(d.effectiveAnswers(), age(d.beneficiaryId()));
    UUID territory =
        beneficiaries.find(d.beneficiaryId()).map(Beneficiary::territoryId).orElse(null);
    audit.record(AuditAction.READ, SUBJECT, d.beneficiaryId(), "structures proposées");
    return Placement.rank(
        structures.ofTenant(tenant.value()),
        structures.referents(),
        p.pathway(),
        p.targetKind(),
        territory);
  }

  /**
   * Ends the diagnostic with its synthesis, next steps and actions, and the proposal of the
   * criteria in force.
   */
  /**
   * Records whether the person agrees that the synthesis, next steps and actions of this diagnostic
   * are shown to the structure that will follow them (they can change their mind).
   */
  public DiagnosticDetails share(UUID id, boolean agreed) {
    staff();
    Diagnostic d = em.find(Diagnostic.class, id);
    if (d == null) {
      throw new NotFoundException("Diagnostic");
    }
    d.share(agreed, currentCaller.get().username(), clock.instant());
    em.flush();
    audit.record(
        AuditAction.UPDATE,
        SUBJECT,
        d.beneficiaryId(),
        agreed ? "accord pour partager le diagnostic" : "retrait de l'accord de partage");
    return DiagnosticDetails.of(d);
  }

  public DiagnosticDetails complete(
      UUID id, String synthesis, String nextSteps, List<String> actions) {
    TenantCode tenant = staff();
    if (Text.blankToNull(synthesis) == null) {
      throw new InvalidInputException(
          "synthesis", "La synthèse est obligatoire pour terminer le diagnostic.");
    }
    Diagnostic d = inProgress(id);
    Proposal p = criteria.evaluateInForce(d.effectiveAnswers(), age(d.beneficiaryId()));
    d.recordProposal(p, clock.instant());
    d.complete(
        synthesis.strip(),
        Text.blankToNull(nextSteps),
        actions == null
            ? List.of()
            : actions.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
        clock.instant());
    em.flush();
    audit.record(AuditAction.UPDATE, SUBJECT, d.beneficiaryId(), "diagnostic terminé " + id);
    events.publish(
        DomainEvent.of(
            DiagnosticCompleted.TYPE,
            "diagnostic",
            d.id(),
            tenant.value(),
            clock.instant(),
            DiagnosticCompleted.of(d, p)));
    milestones.fire(DiagnosticMilestone.completed(d));
    return DiagnosticDetails.of(d);
  }

  private Diagnostic inProgress(UUID id) {
    Diagnostic d = load(id);
    if (d.status() != Diagnostic.Status.IN_PROGRESS) {
      throw new ConflictException(
          "status", "Ce diagnostic est terminé : il ne peut plus être modifié.");
    }
    return d;
  }

  private Diagnostic load(UUID id) {
    return java.util.Optional.ofNullable(em.find(Diagnostic.class, id))
        .orElseThrow(() -> new NotFoundException("Diagnostic"));
  }

  private List<Diagnostic> ofPerson(UUID beneficiaryId) {
    return em.createQuery(
            "SELECT d FROM Diagnostic d WHERE d.beneficiaryId = :b ORDER BY d.createdAt DESC",
            Diagnostic.class)
        .setParameter("b", beneficiaryId)
        .getResultList();
  }

  private Integer age(UUID beneficiaryId) {
    return beneficiaries.find(beneficiaryId).map(b -> b.ageOn(LocalDate.now(clock))).orElse(null);
  }

  private TenantCode staff() {
    return currentCaller.get().requireDepartementStaff(REFUSAL);
  }
}
