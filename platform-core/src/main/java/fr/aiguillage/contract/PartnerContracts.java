package fr.aiguillage.contract;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.Referral;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantEntry;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A partner organisation's contracts (issue 13): its referents write and sign the contracts of the
 * people whose referral the organisation accepted, in whichever département; they read the
 * contracts their organisation wrote, and nothing else (another's is as absent as a made-up one:
 * 404). The person is reached through the accepted referral; the rest runs in its département.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PartnerContracts implements ContractDesk {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject ContractWork work;
  @Inject ContractDocuments documents;
  @Inject ContractRepository contracts;
  @Inject ContractQueues queues;
  @Inject RemoteSignatures remote;
  @Inject TenantEntry entry;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** TO_WRITE (accepted referrals without a contract), TO_SIGN, TO_REVIEW. */
  public Page<ContractQueues.Line> queue(String name, PageRequest page) {
    String org = org(partner());
    ContractQueues.Queue q = ContractQueues.Queue.parse(name == null ? "TO_WRITE" : name);
    return queues.partner(org, q, page, work.today());
  }

  /** What the person's diagnostic proposes, if the person agreed to share it. */
  public ActionProposals proposals(UUID referralId) {
    Referral r = accepted(referralId);
    return work.proposals(r.beneficiaryId(), true);
  }

  /** What the diagnostic of one of the organisation's contracts' person proposes for its plan. */
  public ActionProposals proposalsFor(UUID contractId) {
    return work.proposals(enter(contractId).beneficiaryId(), true);
  }

  /** A draft for the person of an accepted referral, as the caller. */
  public ContractView draft(UUID referralId, ContractInput in) {
    Caller c = partner();
    Contracts.requireInput(in);
    Referral r = accepted(referralId);
    Orientation o = work.orientationOf(r.beneficiaryId());
    if (!o.id().equals(r.orientationId())) {
      throw new ConflictException(
          "referralId",
          "Cette orientation n'est plus celle en cours de la personne : le département l'a"
              + " réorientée.");
    }
    CurrentCaller.Account me = caller.account();
    ContractAuthor author = ContractAuthor.partner(me.id(), me.name(), org(c));
    return work.view(work.draft(r.beneficiaryId(), author, in, true));
  }

  public ContractView get(UUID id) {
    Contract c = enter(id);
    audit.record(
        AuditAction.READ, ContractJournal.SUBJECT, c.beneficiaryId(), "contrat (partenaire)");
    return work.view(c);
  }

  public byte[] pdf(UUID id) {
    Contract c = enter(id);
    audit.record(
        AuditAction.READ, ContractJournal.SUBJECT, c.beneficiaryId(), "contrat PDF (partenaire)");
    return documents.pdf(c);
  }

  @Override
  public java.util.List<PlannedAction.PartnerService> partnerServices(UUID id) {
    enter(id);
    return work.partnerServices();
  }

  public ContractView edit(UUID id, ContractInput in) {
    Contracts.requireInput(in);
    return work.view(work.edit(writable(id), in));
  }

  public ContractView submit(UUID id) {
    return work.view(work.submit(writable(id)));
  }

  public ContractView reopen(UUID id, String reason) {
    return work.view(work.reopen(writable(id), reason));
  }

  public ContractView signAsReferent(UUID id, SignatureConsent given) {
    return work.view(work.signAsReferent(writable(id), Contracts.requireConsent(given)));
  }

  public ContractView signInPerson(UUID id, SignatureConsent given) {
    return work.view(work.signForPersonInPerson(writable(id), Contracts.requireConsent(given)));
  }

  public RemoteSignatures.Sent sendForRemoteSignature(UUID id, RemoteSignatures.Channel channel) {
    if (channel == null) {
      throw new fr.aiguillage.shared.InvalidInputException(
          "channel", "Choisissez l'envoi : SMS ou EMAIL.");
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
    Contracts.requireInput(in);
    return work.view(work.renew(writable(id), in));
  }

  public ContractView amend(UUID id) {
    return work.view(work.amend(writable(id)));
  }

  // ---- inside ----

  /** The referral, addressed to the caller's organisation and accepted by it; else 404. */
  private Referral accepted(UUID referralId) {
    partner();
    entry.enterTenantOf("referral", referralId, "Orientation adressée");
    Referral r =
        java.util.Optional.ofNullable(em.find(Referral.class, referralId))
            .orElseThrow(() -> new NotFoundException("Orientation adressée"));
    if (r.status() != Referral.Status.ACCEPTED) {
      throw new NotFoundException("Personne accompagnée");
    }
    return r;
  }

  /** One of the organisation's contracts, in its département; 404 for any other. */
  private Contract enter(UUID id) {
    partner();
    entry.enterTenantOf("contract", id, "Contrat");
    return contracts.load(id);
  }

  private Contract writable(UUID id) {
    enter(id);
    return contracts.loadForUpdate(id);
  }

  private Caller partner() {
    Caller c = caller.get();
    if (!c.hasRole(Roles.PARTNER_USER) && !c.hasRole(Roles.PARTNER_ADMIN)) {
      throw new AccessDeniedException("Cet espace est réservé aux partenaires.");
    }
    if (c.partnerOrg().isEmpty()) {
      throw new AccessDeniedException(
          "Votre compte n'est rattaché à aucune organisation partenaire.");
    }
    return c;
  }

  private static String org(Caller c) {
    return c.partnerOrg().orElseThrow();
  }
}
