package fr.aiguillage.contract;

import fr.aiguillage.contract.Signature.Signer;
import fr.aiguillage.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Contracts, their history and their one-time codes, of the tenant set on the transaction (the
 * discriminator and RLS both apply: another département's contract is as absent as a made-up one).
 */
@ApplicationScoped
public class ContractRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /**
   * Stores a new contract, or the changes of one; call it after every change. The signatures made
   * since the last save are inserted here: EclipseLink does not find new entities through an
   * embeddable's relationships when it commits.
   */
  public Contract save(Contract contract) {
    Contract managed;
    if (em.contains(contract)) {
      managed = contract;
    } else if (em.find(Contract.class, contract.id()) == null) {
      em.persist(contract);
      managed = contract;
    } else {
      managed = em.merge(contract);
    }
    managed
        .signing()
        .ifPresent(
            s ->
                Stream.of(Signer.values())
                    .flatMap(who -> s.signatureOf(who).stream())
                    .filter(signature -> !em.contains(signature))
                    .filter(signature -> em.find(Signature.class, signature.id()) == null)
                    .forEach(em::persist));
    return managed;
  }

  public Optional<Contract> find(UUID id) {
    return Optional.ofNullable(em.find(Contract.class, id));
  }

  /** The contract, or 404. */
  public Contract load(UUID id) {
    return find(id).orElseThrow(() -> new NotFoundException("Contrat"));
  }

  /**
   * The contract locked for the rest of the transaction ({@code SELECT … FOR UPDATE}), for a change
   * that must not run twice at once (a signature, a closure); 404 when absent.
   */
  public Contract loadForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new NotFoundException("Contrat"));
  }

  /** The person's contracts, oldest first (creation, then version). */
  public List<Contract> ofBeneficiary(UUID beneficiaryId) {
    return em.createQuery(
            "SELECT c FROM Contract c WHERE c.beneficiaryId = :b"
                + " ORDER BY c.stamps.createdAt, c.lineage.contractVersion, c.id",
            Contract.class)
        .setParameter("b", beneficiaryId)
        .getResultList();
  }

  /** Appends a step to the history. */
  public void record(ContractTransition step) {
    em.persist(step);
  }

  /** The contract's history, in order. */
  public List<ContractTransition> steps(UUID contractId) {
    return em.createQuery(
            "SELECT t FROM ContractTransition t WHERE t.contractId = :c ORDER BY t.at, t.id",
            ContractTransition.class)
        .setParameter("c", contractId)
        .getResultList();
  }

  public void saveCode(SignatureCode code) {
    if (!em.contains(code)) {
      em.persist(code);
    }
  }

  /** The latest code issued for the contract, locked: two tries at once count as two. */
  public Optional<SignatureCode> latestCodeForUpdate(UUID contractId) {
    return em.createQuery(
            "SELECT s FROM SignatureCode s WHERE s.contractId = :c ORDER BY s.issuedAt DESC",
            SignatureCode.class)
        .setParameter("c", contractId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
