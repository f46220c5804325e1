package fr.aiguillage.ui.orientation;

import fr.aiguillage.appointment.AppointmentView;
import fr.aiguillage.appointment.SlotView;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureView;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NotificationView;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationFile;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the orientation section asks of the services: its reads and its steps. */
public interface OrientationSource {
  OrientationFile ofBeneficiary(UUID beneficiaryId);

  OrientationFile get(UUID orientationId);

  List<StructureView> directory();

  List<RankedStructure> placements(UUID diagnosticId);

  List<NotificationView> notices(UUID orientationId);

  List<AppointmentView> appointments(UUID orientationId);

  List<SlotView> freeSlots(LocalDate from, LocalDate to, UUID structureId);

  OrientationFile decide(UUID orientationId, long version, Decision decision);

  OrientationFile refer(UUID orientationId, long version);

  OrientationFile reviewAgain(UUID orientationId, long version, String reason);

  OrientationFile close(UUID orientationId, String reason);

  AppointmentView book(UUID orientationId, UUID slotId);

  AppointmentView cancel(UUID appointmentId, String reason);

  AppointmentView attendance(UUID appointmentId, String outcome);

  void markPrinted(UUID notificationId);

  void retry(UUID notificationId);

  LetterFile letter(UUID orientationId);
}
