package fr.aiguillage.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

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
  // compiled once: String.matches compiles its pattern on each call, and a flow has millions of
  // dates
  private static final Pattern EXCEL_SHAPE = Pattern.compile("[0-9]{5}(\\.[0-9]+)?");
  private static final Pattern ISO_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}");
  private static final Pattern SLASHES_SHAPE = Pattern.compile("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}");
  private static final Pattern DASHES_SHAPE = Pattern.compile("[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}");
  private static final Pattern DOTS_SHAPE = Pattern.compile("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}");
  private static final Pattern COMPACT_SHAPE = Pattern.compile("[0-9]{8}");

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  private IntakeDates() {}

  /**
   * The two shapes nearly every date has, 01/03/2025 and 2025-03-01, read without the patterns:
   * null for another shape, {@link LocalDate#MIN} for an impossible date of one of these shapes.
   */
  private static LocalDate usualShape(String v) {
    if (v.length() != 10) {
      return null;
    }
    int y;
    int m;
    int d;
    if (v.charAt(2) == '/' && v.charAt(5) == '/') {
      d = digits(v, 0, 2);
      m = digits(v, 3, 5);
      y = digits(v, 6, 10);
    } else if (v.charAt(4) == '-' && v.charAt(7) == '-') {
      y = digits(v, 0, 4);
      m = digits(v, 5, 7);
      d = digits(v, 8, 10);
    } else {
      return null;
    }
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return LocalDate.MIN;
    }
  }

  /** The number written by the digits from {@code from} to {@code to}; -1 if one is not a digit. */
  private static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  static Optional<LocalDate> parse(String raw) {
    String v = raw == null ? "" : raw.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.length() > 10 && v.charAt(10) == 'T' || v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10);
    }
    LocalDate usual = usualShape(v);
    if (usual == LocalDate.MIN) {
      throw unreadable(raw);
    }
    if (usual != null) {
      return Optional.of(usual);
    }
    if (EXCEL_SHAPE.matcher(v).matches()) {
      double serial = Double.parseDouble(v);
      if (serial >= 1 && serial < 80_000) {
        return Optional.of(EXCEL_EPOCH.plusDays((long) serial));
      }
    }
    // the format is told from the shape, not by trying each one (an exception per try is slow)
    DateTimeFormatter f =
        ISO_SHAPE.matcher(v).matches()
            ? ISO
            : SLASHES_SHAPE.matcher(v).matches()
                ? SLASHES
                : DASHES_SHAPE.matcher(v).matches()
                    ? DASHES
                    : DOTS_SHAPE.matcher(v).matches()
                        ? DOTS
                        : COMPACT_SHAPE.matcher(v).matches() ? COMPACT : null;
    if (f != null) {
      try {
        return Optional.of(LocalDate.parse(v, f));
      } catch (DateTimeException e) {
        // an impossible date, such as 31/02
      }
    }
    throw unreadable(raw);
  }

  private static IllegalArgumentException unreadable(String raw) {
    return new IllegalArgumentException(
        "Date « "
            + fr.aiguillage.shared.Text.printable(raw.strip(), 40)
            + " » illisible : attendu JJ/MM/AAAA (ex. 01/03/2025).");
  }
}
