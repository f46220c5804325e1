package fr.aiguillage.orientation;

import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The staff views' entry to the orientation, kept while they move to the services that do the work
 * ({@link OrientationQueries}, {@link OrientationDecisions}, {@link Referrals}); each method hands
 * over to one of them, which owns the transaction. New callers use those services directly.
 */
@ApplicationScoped
public class OrientationService {
  @Inject OrientationQueries queries;
  @Inject OrientationDecisions decisions;
  @Inject Referrals referrals;

  public OrientationFile ofBeneficiary(UUID beneficiaryId) {
    return queries.ofBeneficiary(beneficiaryId);
  }

  public OrientationFile get(UUID id) {
    return queries.get(id);
  }

  public Page<QueueItem> queue(PageRequest page, UUID territoryId, boolean overdueOnly) {
    return queries.queue(page, territoryId, overdueOnly);
  }

  public long queueSize(UUID territoryId, boolean overdueOnly) {
    return queries.queueSize(territoryId, overdueOnly);
  }

  public OrientationFile decide(UUID id, long expectedVersion, Decision decision) {
    return decisions.decide(id, expectedVersion, decision);
  }

  public BatchResult decideBatch(List<UUID> ids) {
    return decisions.decideBatch(ids);
  }

  public OrientationFile refer(UUID id, long expectedVersion) {
    return referrals.refer(id, expectedVersion);
  }

  public OrientationFile reviewAgain(UUID id, long expectedVersion, String reason) {
    return decisions.reviewAgain(id, expectedVersion, reason);
  }

  public OrientationFile requestReorientation(UUID id, String reason) {
    return decisions.requestReorientation(id, reason);
  }

  public OrientationFile declineReorientation(UUID id, long expectedVersion, String reason) {
    return decisions.declineReorientation(id, expectedVersion, reason);
  }

  public OrientationFile close(UUID id, String reason) {
    return decisions.close(id, reason);
  }
}
