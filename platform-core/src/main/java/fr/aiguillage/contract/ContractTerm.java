package fr.aiguillage.contract;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dates a contract sets: it starts on {@code start} and runs {@code durationMonths} calendar
 * months ({@value #MIN_MONTHS} to {@value #MAX_MONTHS}; up to {@value #MAX_MONTHS_WITH_REASON} only
 * with a reason), its last day the eve of the same date that many months later; its review is after
 * the start and no later than the last day. Built only when all of this holds; every problem is
 * reported at once.
 *
 * @param longDurationReason why it runs longer than {@value #MAX_MONTHS} months, else null
 */
public record ContractTerm(
    LocalDate start, int durationMonths, String longDurationReason, LocalDate reviewOn) {
  public static final int MIN_MONTHS = 3;
  public static final int MAX_MONTHS = 12;
  public static final int MAX_MONTHS_WITH_REASON = 24;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

  /**
   * @throws InvalidInputException with every problem, each under its field
   */
  public ContractTerm {
    longDurationReason = Text.blankToNull(longDurationReason);
    List<FieldError> errors = new ArrayList<>();
    if (start == null) {
      errors.add(new FieldError("start", "Indiquez la date de début du contrat."));
    }
    checkDuration(durationMonths, longDurationReason, errors);
    if (reviewOn == null) {
      errors.add(new FieldError("reviewOn", "Indiquez la date du bilan."));
    } else if (errors.isEmpty()) {
      LocalDate end = start.plusMonths(durationMonths).minusDays(1);
      if (!reviewOn.isAfter(start) || reviewOn.isAfter(end)) {
        errors.add(
            new FieldError(
                "reviewOn",
                "Le bilan se fixe après le début du contrat ("
                    + DAY.format(start)
                    + ") et au plus tard le dernier jour ("
                    + DAY.format(end)
                    + ")."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The last day the contract runs. */
  public LocalDate end() {
    return start.plusMonths(durationMonths).minusDays(1);
  }

  /** Its dates as the template's merge fields show them. */
  public MergeValues.ContractDates mergeDates() {
    return new MergeValues.ContractDates(start, end(), reviewOn);
  }

  /** Whether the contract runs on {@code day}. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end());
  }

  /** A day as French readers write it: "1 mars 2026". */
  static String day(LocalDate d) {
    return DAY.format(d);
  }

  private static void checkDuration(int months, String reason, List<FieldError> errors) {
    if (months < MIN_MONTHS || months > MAX_MONTHS_WITH_REASON) {
      errors.add(
          new FieldError(
              "durationMonths",
              "Un contrat dure de "
                  + MIN_MONTHS
                  + " à "
                  + MAX_MONTHS
                  + " mois ("
                  + MAX_MONTHS_WITH_REASON
                  + " au plus avec un motif) ; ici "
                  + months
                  + " mois."));
    } else if (months > MAX_MONTHS && reason == null) {
      errors.add(
          new FieldError(
              "longDurationReason",
              "Plus de "
                  + MAX_MONTHS
                  + " mois : indiquez pourquoi le contrat dure "
                  + months
                  + " mois."));
    } else if (months <= MAX_MONTHS && reason != null) {
      errors.add(
          new FieldError(
              "longDurationReason",
              "Un motif de durée ne s'indique que pour plus de " + MAX_MONTHS + " mois."));
    }
    if (reason != null) {
      Text.problem(reason, Limits.REASON, true)
          .ifPresent(p -> errors.add(new FieldError("longDurationReason", p)));
    }
  }
}
