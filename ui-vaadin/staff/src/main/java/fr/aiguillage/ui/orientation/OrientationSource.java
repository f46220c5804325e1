package fr.aiguillage.ui.orientation;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationFile;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the orientation section asks of the services: its reads and its steps. */
public interface OrientationSource {
  OrientationFile ofBeneficiary(UUID beneficiaryId);

  OrientationFile get(UUID orientationId);

  List<StructureSummary> directory();

  List<RankedStructure> placements(UUID diagnosticId);

  List<NotificationDetails> notices(UUID orientationId);

  List<AppointmentDetails> appointments(UUID orientationId);

  List<SlotDetails> freeSlots(LocalDate from, LocalDate to, UUID structureId);

  OrientationFile decide(UUID orientationId, long version, Decision decision);

  OrientationFile refer(UUID orientationId, long version);

  OrientationFile reviewAgain(UUID orientationId, long version, String reason);

  OrientationFile close(UUID orientationId, String reason);

  AppointmentDetails book(UUID orientationId, UUID slotId);

  AppointmentDetails cancel(UUID appointmentId, String reason);

  AppointmentDetails attendance(UUID appointmentId, String outcome);

  void markPrinted(UUID notificationId);

  void retry(UUID notificationId);

  LetterFile letter(UUID orientationId);
}
