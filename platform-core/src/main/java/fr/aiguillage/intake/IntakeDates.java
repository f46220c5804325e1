package fr.aiguillage.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as lists carry them: ISO (2025-03-01), French (01/03/2025, 1/3/2025, 01-03-2025,
 * 01.03.2025), CAF's compact form (20250301) and Excel serial numbers (45717) when a date cell was
 * exported as a number.
 */
final class IntakeDates {
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final DateTimeFormatter ISO = strict("uuuu-MM-dd");
  private static final DateTimeFormatter SLASHES = strict("d/M/uuuu");
  private static final DateTimeFormatter DASHES = strict("d-M-uuuu");
  private static final DateTimeFormatter DOTS = strict("d.M.uuuu");
  private static final DateTimeFormatter COMPACT = strict("uuuuMMdd");

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

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
    // the format is told from the shape, not by trying each one (an exception per try is slow)
    DateTimeFormatter f =
        v.matches("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")
            ? ISO
            : v.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")
                ? SLASHES
                : v.matches("[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}")
                    ? DASHES
                    : v.matches("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}")
                        ? DOTS
                        : v.matches("[0-9]{8}") ? COMPACT : null;
    if (f != null) {
      try {
        return Optional.of(LocalDate.parse(v, f));
      } catch (DateTimeException e) {
        // an impossible date, such as 31/02
      }
    }
    throw new IllegalArgumentException(
        "Date « "
            + fr.aiguillage.shared.Text.printable(raw.strip(), 40)
            + " » illisible : attendu JJ/MM/AAAA (ex. 01/03/2025).");
  }
}
