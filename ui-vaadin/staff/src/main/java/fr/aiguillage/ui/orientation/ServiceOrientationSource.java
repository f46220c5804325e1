package fr.aiguillage.ui.orientation;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.SlotCalendar;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.diagnostic.Diagnostics;
import fr.aiguillage.directory.Directory;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NoticesDesk;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationDecisions;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationQueries;
import fr.aiguillage.orientation.Referrals;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The orientation section's reads and steps, as the application services answer them. */
public class ServiceOrientationSource implements OrientationSource {
  private final OrientationQueries orientations;
  private final OrientationDecisions decisions;
  private final Referrals referrals;
  private final Diagnostics diagnostics;
  private final Directory directory;
  private final NoticesDesk notices;
  private final Appointments appointments;
  private final SlotCalendar calendar;

  @Inject
  public ServiceOrientationSource(
      OrientationQueries orientations,
      OrientationDecisions decisions,
      Referrals referrals,
      Diagnostics diagnostics,
      Directory directory,
      NoticesDesk notices,
      Appointments appointments,
      SlotCalendar calendar) {
    this.orientations = orientations;
    this.decisions = decisions;
    this.referrals = referrals;
    this.diagnostics = diagnostics;
    this.directory = directory;
    this.notices = notices;
    this.appointments = appointments;
    this.calendar = calendar;
  }

  @Override
  public OrientationFile ofBeneficiary(UUID beneficiaryId) {
    return orientations.ofBeneficiary(beneficiaryId);
  }

  @Override
  public OrientationFile get(UUID orientationId) {
    return orientations.get(orientationId);
  }

  @Override
  public List<StructureSummary> directory() {
    return directory.directory();
  }

  @Override
  public List<RankedStructure> placements(UUID diagnosticId) {
    return diagnostics.placements(diagnosticId);
  }

  @Override
  public List<NotificationDetails> notices(UUID orientationId) {
    return notices.ofOrientation(orientationId);
  }

  @Override
  public List<AppointmentDetails> appointments(UUID orientationId) {
    return appointments.ofOrientation(orientationId);
  }

  @Override
  public List<SlotDetails> freeSlots(LocalDate from, LocalDate to, UUID structureId) {
    return calendar.calendar(from, to, structureId, true);
  }

  @Override
  public OrientationFile decide(UUID orientationId, long version, Decision decision) {
    return decisions.decide(orientationId, version, decision);
  }

  @Override
  public OrientationFile refer(UUID orientationId, long version) {
    return referrals.refer(orientationId, version);
  }

  @Override
  public OrientationFile reviewAgain(UUID orientationId, long version, String reason) {
    return decisions.reviewAgain(orientationId, version, reason);
  }

  @Override
  public OrientationFile close(UUID orientationId, String reason) {
    return decisions.close(orientationId, reason);
  }

  @Override
  public AppointmentDetails book(UUID orientationId, UUID slotId) {
    return appointments.bookForOrientation(orientationId, slotId, null);
  }

  @Override
  public AppointmentDetails cancel(UUID appointmentId, String reason) {
    return appointments.cancel(appointmentId, reason);
  }

  @Override
  public AppointmentDetails attendance(UUID appointmentId, String outcome) {
    return appointments.attendance(appointmentId, outcome);
  }

  @Override
  public void markPrinted(UUID notificationId) {
    notices.markPrinted(notificationId);
  }

  @Override
  public void retry(UUID notificationId) {
    notices.retry(notificationId);
  }

  @Override
  public LetterFile letter(UUID orientationId) {
    return notices.letter(orientationId);
  }
}
