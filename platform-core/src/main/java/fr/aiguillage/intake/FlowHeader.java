package fr.aiguillage.intake;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The flow's identification: its creation date (DTCREAFLUX), which dates the closures it implies,
 * and time (HEUCREAFLUX). Absent or unreadable, the date is empty and {@code problems} says why:
 * the caller then refuses the flow.
 */
record FlowHeader(LocalDate date, LocalTime time, List<Problem> problems) {
  FlowHeader {
    problems = List.copyOf(problems);
  }

  Optional<LocalDate> flowDate() {
    return Optional.ofNullable(date);
  }
}
