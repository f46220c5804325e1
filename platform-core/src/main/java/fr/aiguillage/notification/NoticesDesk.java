package fr.aiguillage.notification;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.OrientationRepository;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The notices as the département's staff see and handle them: an orientation's notices, its
 * decision letter, the letter printed and posted, the failed sending tried again.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class NoticesDesk {
  @Inject NotificationRepository notifications;
  @Inject OrientationRepository orientations;
  @Inject LetterWriter letters;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject NotificationEvents events;

  /** The notices of an orientation, the latest first. */
  public List<NotificationDetails> ofOrientation(UUID orientationId) {
    staff();
    Orientation o = orientation(orientationId);
    List<NotificationDetails> out =
        notifications.ofOrientation(o.id()).stream().map(NotificationDetails::of).toList();
    audit.record(AuditAction.READ, "beneficiary", o.beneficiaryId(), "avis et courriers");
    return out;
  }

  /** The latest decision letter of an orientation, written now if it was not yet. */
  public LetterFile letter(UUID orientationId) {
    staff();
    Orientation o = orientation(orientationId);
    Notification n =
        notifications
            .latestLetter(o.id())
            .orElseThrow(() -> new NotFoundException("Courrier de décision"));
    LetterData data = DecisionLetterData.read(n);
    byte[] pdf = letters.pdf(n, data);
    audit.record(AuditAction.READ, "beneficiary", o.beneficiaryId(), "courrier de décision");
    return new LetterFile(DecisionLetter.fileName(data), pdf);
  }

  /** The letter was printed and posted: the notice is sent then ({@code notification.sent}). */
  public NotificationDetails markPrinted(UUID id) {
    staff();
    Notification n = notice(id);
    if (n.status() != Notification.Status.TO_PRINT) {
      throw new ConflictException("status", "Ce courrier n'est pas à imprimer.");
    }
    n.printed(clock.instant());
    events.sent(n);
    audit.record(AuditAction.UPDATE, "beneficiary", n.beneficiaryId(), "courrier posté");
    return NotificationDetails.of(n);
  }

  /** A notice that failed is tried again now. */
  public NotificationDetails retry(UUID id) {
    staff();
    Notification n = notice(id);
    if (n.status() != Notification.Status.FAILED) {
      throw new ConflictException("status", "Seul un envoi en échec peut être relancé.");
    }
    n.retry(clock.instant());
    audit.record(AuditAction.UPDATE, "beneficiary", n.beneficiaryId(), "envoi relancé");
    return NotificationDetails.of(n);
  }

  private Orientation orientation(UUID id) {
    return orientations.find(id).orElseThrow(() -> new NotFoundException("Orientation"));
  }

  private Notification notice(UUID id) {
    return notifications.find(id).orElseThrow(() -> new NotFoundException("Avis"));
  }

  private void staff() {
    caller.get().requireDepartementStaff("Les courriers sont réservés aux agents du département.");
  }
}
