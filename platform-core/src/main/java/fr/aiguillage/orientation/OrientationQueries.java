package fr.aiguillage.orientation;

import static fr.aiguillage.orientation.OrientationAccess.staff;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryStatus;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What département staff read of orientations: a person's file and the queue; reads audited. */
@ApplicationScoped
@Transactional
@TenantScoped
public class OrientationQueries {
  @Inject OrientationRepository orientations;
  @Inject OrientationFiles files;
  @Inject OrientationJournal journal;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** The person's orientation in progress (opened if need be), with its history and delays. */
  public OrientationFile ofBeneficiary(UUID beneficiaryId) {
    staff(caller.get());
    Beneficiary b = files.person(beneficiaryId);
    Orientation o =
        b.status() == BeneficiaryStatus.CLOSED
            ? orientations.allOf(b.id()).stream()
                .findFirst()
                .orElseGet(() -> journal.openOf(b.id()))
            : journal.openOf(b.id());
    audit.record(AuditAction.READ, OrientationJournal.SUBJECT, b.id(), "orientation");
    return files.file(o, b);
  }

  public OrientationFile get(UUID id) {
    staff(caller.get());
    Orientation o = orientations.load(id);
    audit.record(AuditAction.READ, OrientationJournal.SUBJECT, o.beneficiaryId(), "orientation");
    return files.file(o);
  }

  /**
   * The people waiting to be oriented, the longest-waiting first (from the start of rights and
   * duties, else the claim date); {@code overdueOnly} keeps those beyond the tenant's target.
   */
  public Page<QueueItem> queue(PageRequest page, UUID territoryId, boolean overdueOnly) {
    staff(caller.get());
    Tenant t = files.tenant();
    LocalDate today = files.today();
    LocalDate before = overdueOnly ? today.minusDays(t.orientationTargetDays()) : null;
    List<QueueItem> items =
        orientations.queue(territoryId, before, page).stream()
            .map(row -> OrientationFiles.item(row, t, today))
            .toList();
    long total = orientations.countQueue(territoryId, before);
    if (!items.isEmpty()) {
      audit.record(
          AuditAction.LIST, OrientationJournal.SUBJECT, null, "file d'attente des orientations");
    }
    return new Page<>(items, page.page(), page.size(), total, false);
  }

  /** How many people wait (a number, not a read of their files: not audited). */
  public long queueSize(UUID territoryId, boolean overdueOnly) {
    staff(caller.get());
    Tenant t = files.tenant();
    return orientations.countQueue(
        territoryId, overdueOnly ? files.today().minusDays(t.orientationTargetDays()) : null);
  }
}
