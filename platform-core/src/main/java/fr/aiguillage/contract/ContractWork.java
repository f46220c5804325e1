package fr.aiguillage.contract;

import fr.aiguillage.contract.Signature.Signer;
import fr.aiguillage.diagnostic.Diagnostic;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.OrientationRepository;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.questionnaire.Questionnaires;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What writing and signing a contract does, once the caller's façade (département or partner) has
 * checked who may: drafting from the template in force and the diagnostic, editing, submitting (the
 * PDF frozen), signing, closing, renewing and amending — each step kept by the journal. Runs in the
 * façade's transaction, in the person's département.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ContractWork {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The orientation states under which the person has a body to write the contract with. */
  static final Set<OrientationState> ORIENTED =
      EnumSet.of(
          OrientationState.DECIDED,
          OrientationState.REFERRED,
          OrientationState.ACCEPTED,
          OrientationState.APPOINTMENT_BOOKED,
          OrientationState.ACCOMPANIED);

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject ContractRepository contracts;
  @Inject ContractJournal journal;
  @Inject ContractTemplates templates;
  @Inject ContractDocuments documents;
  @Inject CatalogueActions catalogue;
  @Inject Questionnaires questionnaires;
  @Inject OrientationRepository orientations;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), PARIS);
  }

  String actor() {
    return caller.get().username();
  }

  TenantCode tenant() {
    return caller.get().requireTenant();
  }

  // ---- reading ----

  ContractView view(Contract c) {
    LocalDate today = today();
    Optional<LocalDate> signedOn =
        c.signing().flatMap(ContractSigning::signedAt).map(i -> LocalDate.ofInstant(i, PARIS));
    Optional<Orientation> o = Optional.ofNullable(em.find(Orientation.class, c.orientationId()));
    LocalDate reexamination =
        o.flatMap(Orientation::pathway)
            .flatMap(p -> signedOn.flatMap(d -> ContractDeadline.reexaminationDue(p, d)))
            .orElse(null);
    String html =
        c.signing().map(s -> s.rendered().html()).orElseGet(() -> documents.render(c).html());
    return ContractView.of(
        c,
        today,
        deadline(c),
        reexamination,
        contracts.steps(c.id()),
        html,
        organisationName(c.content().author().partnerOrg()));
  }

  private String organisationName(String org) {
    if (org == null) {
      return null;
    }
    return em.createNativeQuery("SELECT name FROM partner_organisation WHERE id = ?1")
        .setParameter(1, org)
        .getResultStream()
        .findFirst()
        .map(Object::toString)
        .orElse(org)
        .toString();
  }

  /** The contract's deadline, from the latest notification of its orientation's decision. */
  ContractView.Deadline deadline(Contract c) {
    return lastNotifiedOn(c.orientationId())
        .map(
            notified -> {
              ContractDeadline d = ContractDeadline.from(notified, policy());
              DeadlineStatus s = d.statusOn(latestState(c), clock);
              return new ContractView.Deadline(
                  notified, d.dueOn(), s.kind().name(), s.label(), s.daysLate());
            })
        .orElse(null);
  }

  /** The state that counts against the deadline: signed once any version was signed. */
  private ContractState latestState(Contract c) {
    boolean anySigned =
        contracts.ofBeneficiary(c.beneficiaryId()).stream()
            .filter(x -> x.orientationId().equals(c.orientationId()))
            .anyMatch(x -> x.signing().flatMap(ContractSigning::signedAt).isPresent());
    return anySigned ? ContractState.SIGNED : c.state();
  }

  ContractDeadline.Policy policy() {
    Integer target = tenants.require(tenant()).contractTargetDays();
    return new ContractDeadline.Policy(target, ContractDeadline.Policy.DEFAULT_REMINDER_DAYS);
  }

  Optional<LocalDate> lastNotifiedOn(UUID orientationId) {
    Object at =
        em.createNativeQuery(
                "SELECT max(sent_at) FROM notification WHERE orientation_id = ?1"
                    + " AND kind = 'DECISION' AND sent_at IS NOT NULL")
            .setParameter(1, orientationId)
            .getSingleResult();
    return Optional.ofNullable(at)
        .map(a -> LocalDate.ofInstant(((Timestamp) a).toInstant(), PARIS));
  }

  /** The person's orientation a contract is written under: current, decided, not closed. */
  Orientation orientationOf(UUID beneficiaryId) {
    Orientation o =
        orientations
            .openOf(beneficiaryId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "orientation",
                        "Cette personne n'a pas d'orientation en cours : le contrat suit la"
                            + " décision d'orientation."));
    if (!ORIENTED.contains(o.state()) || o.pathway().isEmpty()) {
      throw new ConflictException(
          "orientation",
          "Le contrat s'écrit une fois l'orientation décidée ; elle est à l'état « "
              + o.state().label()
              + " ».");
    }
    return o;
  }

  /** What the diagnostic proposes for the plan (empty when there is no completed diagnostic). */
  ActionProposals proposals(UUID beneficiaryId, boolean sharedOnly) {
    return latestDiagnostic(beneficiaryId, sharedOnly)
        .map(
            d ->
                ActionProposer.propose(
                    questionnaires.current(), d.effectiveAnswers(), catalogue.activeForContract()))
        .orElseGet(() -> new ActionProposals(List.of(), null, null));
  }

  private Optional<Diagnostic> latestDiagnostic(UUID beneficiaryId, boolean sharedOnly) {
    return em.createQuery(
            "SELECT d FROM Diagnostic d WHERE d.beneficiaryId = :b"
                + " AND d.status = fr.aiguillage.diagnostic.Diagnostic.Status.COMPLETED"
                + (sharedOnly ? " AND d.sharedAt IS NOT NULL" : "")
                + " ORDER BY d.completedAt DESC",
            Diagnostic.class)
        .setParameter("b", beneficiaryId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  // ---- writing ----

  /**
   * A first draft under the person's current orientation, from the template in force of the kind
   * asked, its plan proposed from the diagnostic unless one is given.
   */
  Contract draft(UUID beneficiaryId, ContractAuthor author, ContractInput in, boolean sharedOnly) {
    Orientation o = orientationOf(beneficiaryId);
    refuseSecondDraft(beneficiaryId);
    ContractKind kind = in.kind() == null ? ContractKind.CONTRAT_ENGAGEMENT : in.kind();
    ContractTemplate template = templateInForce(kind);
    ContractTerm term = term(in);
    ActionPlan plan =
        in.plan() != null
            ? in.plan()
            : proposedPlan(proposals(beneficiaryId, sharedOnly), term.reviewOn());
    MergeFile file = documents.file(beneficiaryId);
    Instant now = clock.instant();
    Contract c =
        Contract.draft(
            beneficiaryId,
            ContractDocuments.personName(file),
            o.id(),
            template,
            author,
            term,
            plan,
            actor(),
            now);
    return journal.keep(c, c.opening());
  }

  private void refuseSecondDraft(UUID beneficiaryId) {
    contracts.ofBeneficiary(beneficiaryId).stream()
        .filter(c -> c.state() == ContractState.DRAFT || c.state() == ContractState.TO_SIGN)
        .findFirst()
        .ifPresent(
            c -> {
              throw new ConflictException(
                  "beneficiaryId",
                  "Un contrat est déjà en cours pour cette personne (version "
                      + c.lineage().contractVersion()
                      + ", « "
                      + c.state().label()
                      + " ») : reprenez-le plutôt que d'en commencer un autre.");
            });
  }

  ContractTemplate templateInForce(ContractKind kind) {
    return templates
        .inForceForContract(kind, today())
        .orElseThrow(
            () ->
                new ConflictException(
                    "kind",
                    "Aucun modèle « "
                        + kind.label()
                        + " » n'est publié dans ce département : l'administrateur adopte le"
                        + " modèle national et le publie."));
  }

  /** The term asked, the defaults filled in: today, 6 months, the review at the half. */
  ContractTerm term(ContractInput in) {
    LocalDate start = in.startDate() == null ? today() : in.startDate();
    int months = in.durationMonths() == null ? 6 : in.durationMonths();
    LocalDate review =
        in.reviewOn() != null ? in.reviewOn() : start.plusMonths(Math.max(1, months / 2));
    return new ContractTerm(start, months, in.longDurationReason(), review);
  }

  /**
   * One objective per barrier rated strong or medium, with its theme's catalogue actions for the
   * person to do by the review; hours are left at 0 for the referent and the person to set.
   */
  static ActionPlan proposedPlan(ActionProposals p, LocalDate dueBy) {
    List<Objective> objectives = new ArrayList<>();
    for (ActionProposals.BarrierActions b : p.barriers()) {
      if (b.actions().isEmpty() || objectives.size() == ActionPlan.MAX_OBJECTIVES) {
        continue;
      }
      objectives.add(
          new Objective(
              "Lever le frein : " + b.label(),
              b.actions().stream()
                  .limit(ActionPlan.MAX_ACTIONS)
                  .map(a -> PlannedAction.from(a, ActionParty.PERSON, null, dueBy, 0))
                  .toList()));
    }
    return new ActionPlan(objectives, ActionPlan.DEFAULT_WEEKLY_HOURS, null);
  }

  Contract edit(Contract c, ContractInput in) {
    expectVersion(c, in.rowVersion());
    ContractTerm term = term(in);
    ActionPlan plan = in.plan() != null ? in.plan() : c.content().plan();
    return journal.keep(c, c.editDraft(term, plan, actor(), clock.instant()));
  }

  static void expectVersion(Contract c, Long rowVersion) {
    if (rowVersion == null) {
      throw new InvalidInputException(
          "rowVersion", "Indiquez la version lue du contrat (rowVersion).");
    }
    if (c.rowVersion() != rowVersion) {
      throw new ConflictException(
          "rowVersion",
          "Ce contrat a été modifié entre-temps par "
              + c.stamps().updatedBy()
              + " : rechargez-le, vos changements n'ont pas été enregistrés.");
    }
  }

  /** Renders the copy, writes its PDF and freezes both: what the two parties will sign. */
  Contract submit(Contract c) {
    RenderedContract copy = documents.render(c);
    byte[] pdf = ContractPdf.document(copy, documents.header(c));
    return journal.keep(c, c.submitForSignature(copy, pdf, actor(), clock.instant()));
  }

  Contract reopen(Contract c, String reason) {
    return journal.keep(c, c.reopenDraft(reason, actor(), clock.instant()));
  }

  /** The referent who wrote it signs, as the account they are signed in with. */
  Contract signAsReferent(Contract c, SignatureConsent given) {
    CurrentCaller.Account me = caller.account();
    return signed(c, c.signInPerson(Signer.REFERENT, me.id(), given, actor(), clock.instant()));
  }

  /** The person signs on the referent's screen. */
  Contract signForPersonInPerson(Contract c, SignatureConsent given) {
    return signed(
        c, c.signInPerson(Signer.PERSON, c.beneficiaryId(), given, actor(), clock.instant()));
  }

  /** The person signs through their link, the code typed right. */
  Contract signRemotely(
      Contract c, SignatureCode code, SignatureConsent given, Signature.Origin origin) {
    return signed(c, c.signRemotely(code, given, origin, actor(), clock.instant()));
  }

  /**
   * Keeps a signature; once both are made, the signed copy (the document and its signature page) is
   * written, and the contract it renews or amends is closed.
   */
  private Contract signed(Contract c, ContractTransition t) {
    Contract stored = journal.keep(c, t);
    if (!t.completesSignature()) {
      return stored;
    }
    stored.keepSignedCopy(documents.signedPdf(stored));
    contracts.save(stored);
    Instant now = clock.instant();
    stored
        .lineage()
        .renewsId()
        .map(contracts::loadForUpdate)
        .filter(p -> p.state() == ContractState.SIGNED)
        .ifPresent(p -> journal.keep(p, p.markRenewed(stored, actor(), now)));
    stored
        .lineage()
        .amendsId()
        .map(contracts::loadForUpdate)
        .filter(p -> p.state() == ContractState.SIGNED)
        .ifPresent(p -> journal.keep(p, p.supersedeBy(stored, today(), actor(), now)));
    return stored;
  }

  Contract cancel(Contract c, String reason) {
    return journal.keep(c, c.cancel(reason, today(), actor(), clock.instant()));
  }

  Contract end(Contract c, String reason) {
    return journal.keep(c, c.end(reason, today(), actor(), clock.instant()));
  }

  /** A new draft renewing a signed contract, from the template in force, the same author. */
  Contract renew(Contract c, ContractInput in) {
    refuseSecondDraft(c.beneficiaryId());
    ContractTemplate template = templateInForce(c.content().kind());
    ContractInput dated =
        in.startDate() != null
            ? in
            : new ContractInput(
                in.kind(),
                c.content().term().end().plusDays(1),
                in.durationMonths(),
                in.longDurationReason(),
                in.reviewOn(),
                in.plan(),
                in.rowVersion());
    Contract next =
        c.renewal(template, c.content().author(), term(dated), actor(), clock.instant());
    return journal.keep(next, next.opening());
  }

  Contract amend(Contract c) {
    refuseSecondDraft(c.beneficiaryId());
    Contract next = c.amendment(actor(), clock.instant());
    return journal.keep(next, next.opening());
  }

  /** The département's structures an action can be entrusted to, by name. */
  List<PlannedAction.PartnerService> partnerServices() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, name FROM structure WHERE tenant_id = ?1 ORDER BY name, id")
            .setParameter(1, tenant().value())
            .getResultList();
    return rows.stream()
        .map(r -> new PlannedAction.PartnerService(UUID.fromString(r[0].toString()), (String) r[1]))
        .toList();
  }
}
