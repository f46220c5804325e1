package fr.aiguillage.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as lists carry them: ISO (2025-03-01), French (01/03/2025, 1/3/2025, 01-03-2025,
 * 01.03.2025), CAF's compact form (20250301) and Excel serial numbers (45717) when a date cell was
 * exported as a number.
 */
final class IntakeDates {
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd"),
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d-M-uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"),
          DateTimeFormatter.ofPattern("uuuuMMdd"));

  private IntakeDates() {}

  static Optional<LocalDate> parse(String raw) {
    String v = raw == null ? "" : raw.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.length() > 10 && v.charAt(10) == 'T' || v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10);
    }
    if (v.matches("[0-9]{5}(\\.[0-9]+)?")) {
      double serial = Double.parseDouble(v);
      if (serial >= 1 && serial < 80_000) {
        return Optional.of(EXCEL_EPOCH.plusDays((long) serial));
      }
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(v, f.withResolverStyle(ResolverStyle.STRICT)));
      } catch (DateTimeException e) {
        // next format
      }
    }
    throw new IllegalArgumentException(
        "Date « " + raw.strip() + " » illisible : attendu JJ/MM/AAAA (ex. 01/03/2025).");
  }
}
