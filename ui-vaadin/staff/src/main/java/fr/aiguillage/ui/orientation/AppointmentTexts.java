package fr.aiguillage.ui.orientation;

import fr.aiguillage.appointment.Appointments.Attendance;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.Slots;
import java.util.Arrays;
import java.util.List;

/** Words of a first appointment: its place, its free slots, whether the person came. */
final class AppointmentTexts {
  static final String NO_SLOT =
      "Aucun créneau libre publié par la structure dans les quatre semaines.";

  private AppointmentTexts() {}

  /** The answers to "did the person come?", as the service names them. */
  static List<String> outcomes() {
    return Arrays.stream(Attendance.values()).map(Enum::name).toList();
  }

  static String outcome(String code) {
    return switch (code) {
      case "SEEN" -> "Venue au rendez-vous";
      case "EXCUSED" -> "Absente, excusée";
      case "NO_SHOW" -> "Absente sans prévenir";
      default -> code;
    };
  }

  /** "mardi 24 novembre 2026 à 10h00 — Sur place, 3 rue des Lilas — avec Claire Martin". */
  static String slot(SlotDetails s) {
    return Slots.when(s.startsAt()) + " — " + place(s.modalityLabel(), s.location()) + with(s);
  }

  /** "Sur place, 3 rue des Lilas", or the modality alone. */
  static String place(String modality, String location) {
    return location == null || location.isBlank() ? modality : modality + ", " + location;
  }

  private static String with(SlotDetails s) {
    return s.referentName() == null || s.referentName().isBlank()
        ? ""
        : " — avec " + s.referentName();
  }
}
