package fr.aiguillage.contract;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The département's contracts (issue 13): its staff read every contract of its people, whoever
 * wrote it; its referents write and sign those of the people oriented to the département's own
 * services (a partner's referent writes for the people its organisation accepted, through {@link
 * PartnerContracts}). Every read of a person's contract is audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Contracts implements ContractDesk {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject ContractWork work;
  @Inject java.time.Clock clock;
  @Inject ContractDocuments documents;
  @Inject ContractRepository contracts;
  @Inject ContractQueues queues;
  @Inject RemoteSignatures remote;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  // ---- reading ----

  /** The person's contracts, oldest first. */
  public List<ContractSummary> ofPerson(UUID beneficiaryId) {
    staff();
    documents.file(beneficiaryId);
    audit.record(AuditAction.READ, ContractJournal.SUBJECT, beneficiaryId, "contrats");
    return contracts.ofBeneficiary(beneficiaryId).stream()
        .map(c -> ContractSummary.of(c, work.today()))
        .toList();
  }

  public ContractView get(UUID id) {
    staff();
    Contract c = contracts.load(id);
    audit.record(AuditAction.READ, ContractJournal.SUBJECT, c.beneficiaryId(), "contrat " + id);
    return work.view(c);
  }

  /** What the person's latest diagnostic proposes for their plan. */
  public ActionProposals proposals(UUID beneficiaryId) {
    staff();
    documents.file(beneficiaryId);
    return work.proposals(beneficiaryId, false);
  }

  /**
   * A queue: TO_WRITE, TO_SIGN, TO_REVIEW (the département's referents), OVERDUE (the coordination:
   * every contract past its deadline, whoever writes it).
   */
  public Page<ContractQueues.Line> queue(String name, PageRequest page) {
    Caller c = staff();
    ContractQueues.Queue q = ContractQueues.Queue.parse(name == null ? "TO_WRITE" : name);
    if (q == ContractQueues.Queue.OVERDUE
        && !c.hasRole(Roles.COORDINATOR)
        && !c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException("Les contrats en retard sont suivis par la coordination.");
    }
    return queues.departement(work.tenant().value(), q, page, work.today());
  }

  /** The PDF: the draft as it reads now, the frozen copy, or the signed copy. */
  public byte[] pdf(UUID id) {
    staff();
    Contract c = contracts.load(id);
    audit.record(AuditAction.READ, ContractJournal.SUBJECT, c.beneficiaryId(), "contrat PDF");
    return documents.pdf(c);
  }

  @Override
  public List<PlannedAction.PartnerService> partnerServices(UUID id) {
    staff();
    contracts.load(id);
    return work.partnerServices();
  }

  // ---- writing ----

  /** A draft for a person oriented to the département's own services, as the caller. */
  public ContractView draft(UUID beneficiaryId, ContractInput in) {
    referent();
    requireInput(in);
    Orientation o = work.orientationOf(beneficiaryId);
    o.structureId()
        .map(id -> em.find(Structure.class, id))
        .filter(s -> s.partnerOrgId() != null)
        .ifPresent(
            s -> {
              throw new ConflictException(
                  "beneficiaryId",
                  "Cette personne est orientée vers "
                      + s.name()
                      + " : son référent y rédige le contrat.");
            });
    CurrentCaller.Account me = caller.account();
    return work.view(
        work.draft(beneficiaryId, ContractAuthor.departement(me.id(), me.name()), in, false));
  }

  public ContractView edit(UUID id, ContractInput in) {
    requireInput(in);
    return work.view(work.edit(writable(id), in));
  }

  public ContractView submit(UUID id) {
    return work.view(work.submit(writable(id)));
  }

  public ContractView reopen(UUID id, String reason) {
    return work.view(work.reopen(writable(id), reason));
  }

  /** The referent's own signature. */
  public ContractView signAsReferent(UUID id, SignatureConsent given) {
    return work.view(work.signAsReferent(writable(id), requireConsent(given)));
  }

  /** The person's signature on the referent's screen. */
  public ContractView signInPerson(UUID id, SignatureConsent given) {
    return work.view(work.signForPersonInPerson(writable(id), requireConsent(given)));
  }

  /** Sends the person the link to read and sign the contract remotely. */
  public RemoteSignatures.Sent sendForRemoteSignature(UUID id, RemoteSignatures.Channel channel) {
    if (channel == null) {
      throw new InvalidInputException("channel", "Choisissez l'envoi : SMS ou EMAIL.");
    }
    return remote.invite(writable(id), channel);
  }

  public ContractView cancel(UUID id, String reason) {
    return work.view(work.cancel(writable(id), reason));
  }

  public ContractView end(UUID id, String reason) {
    return work.view(work.end(writable(id), reason));
  }

  public ContractView renew(UUID id, ContractInput in) {
    requireInput(in);
    return work.view(work.renew(writable(id), in));
  }

  public ContractView amend(UUID id) {
    return work.view(work.amend(writable(id)));
  }

  /**
   * The person left the RSA's rights and duties (the CAF's flow): a contract not yet signed, or
   * signed and not started, is cancelled; one running ends that day — with the reason, in the
   * import's transaction.
   */
  void onLeft(
      @jakarta.enterprise.event.Observes @jakarta.annotation.Priority(200)
          fr.aiguillage.beneficiary.BeneficiaryLeft left) {
    String why = "Sortie du RSA : " + left.reason();
    java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ContractWork.PARIS));
    for (Contract c : contracts.ofBeneficiary(left.beneficiaryId())) {
      ContractState s = c.state();
      if (s == ContractState.SIGNED && !today.isBefore(c.content().term().start())) {
        work.end(contracts.loadForUpdate(c.id()), why);
      } else if (s == ContractState.DRAFT
          || s == ContractState.TO_SIGN
          || s == ContractState.SIGNED) {
        work.cancel(contracts.loadForUpdate(c.id()), why);
      }
    }
  }

  // ---- inside ----

  /** A contract a département referent may change: one the département wrote, locked. */
  private Contract writable(UUID id) {
    referent();
    Contract c = contracts.loadForUpdate(id);
    if (c.content().author().body() != ContractAuthor.Body.DEPARTEMENT) {
      throw new AccessDeniedException(
          "Ce contrat est rédigé par le référent de l'organisation partenaire : le département le"
              + " lit, il ne le modifie pas.");
    }
    return c;
  }

  static ContractInput requireInput(ContractInput in) {
    if (in == null) {
      throw new InvalidInputException("", "Le corps de la requête est vide.");
    }
    return in;
  }

  static SignatureConsent requireConsent(SignatureConsent given) {
    if (given == null) {
      throw new InvalidInputException("", "Le corps de la requête est vide.");
    }
    return given;
  }

  private Caller staff() {
    Caller c = caller.get();
    c.requireDepartementStaff("Les contrats sont lus par les agents du département.");
    return c;
  }

  private Caller referent() {
    Caller c = staff();
    if (!c.hasRole(Roles.REFERENT)) {
      throw new AccessDeniedException("Les contrats sont rédigés et signés par les référents.");
    }
    return c;
  }
}
