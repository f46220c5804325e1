package fr.aiguillage.contract;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.vocabulary.Pathway;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a person's contract is due: one calendar month after the notification of the orientation
 * decision (art. D.5411-14-1 CT, décret n° 2024-1244 of 30 Dec 2024; REFERENCE §1.5 and §5.2) — the
 * same day of the next month, or its last day when it has none (31 January → 28 or 29 February) —
 * or sooner if the département set a shorter target in days. A new orientation decision restarts
 * the month from its own notification (D.5411-8-2). A reminder falls some days before.
 *
 * @param notifiedOn the day the (latest) orientation decision was notified
 * @param dueOn the last day to sign on time
 * @param remindOn the day the reminder is due
 */
public record ContractDeadline(LocalDate notifiedOn, LocalDate dueOn, LocalDate remindOn) {
  /** The months after signature when the social pathway's situation is re-examined (L.262-31). */
  public static final int SOCIAL_REEXAMINATION_MONTHS = 6;

  /**
   * A département's settings: a target shorter than the legal month, in days (null for none), and
   * how many days before the due date the reminder falls.
   */
  public record Policy(Integer targetDays, int reminderDaysBefore) {
    public static final int DEFAULT_REMINDER_DAYS = 7;
    public static final int MAX_DAYS = 30;
    public static final Policy LEGAL = new Policy(null, DEFAULT_REMINDER_DAYS);

    /**
     * @throws InvalidInputException with every problem
     */
    public Policy {
      List<FieldError> errors = new ArrayList<>();
      if (targetDays != null && (targetDays < 1 || targetDays > MAX_DAYS)) {
        errors.add(
            new FieldError(
                "targetDays",
                "Le délai du département, plus court que le mois légal, va de 1 à "
                    + MAX_DAYS
                    + " jours (ici "
                    + targetDays
                    + ")."));
      }
      if (reminderDaysBefore < 0 || reminderDaysBefore > MAX_DAYS) {
        errors.add(
            new FieldError(
                "reminderDaysBefore",
                "Le rappel tombe de 0 à "
                    + MAX_DAYS
                    + " jours avant l'échéance (ici "
                    + reminderDaysBefore
                    + ")."));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
  }

  /** The deadline that runs from the notification of an orientation decision. */
  public static ContractDeadline from(LocalDate notifiedOn, Policy policy) {
    LocalDate legal = notifiedOn.plusMonths(1);
    LocalDate due =
        policy.targetDays() == null ? legal : min(legal, notifiedOn.plusDays(policy.targetDays()));
    LocalDate remind = due.minusDays(policy.reminderDaysBefore());
    return new ContractDeadline(notifiedOn, due, remind.isBefore(notifiedOn) ? notifiedOn : remind);
  }

  /**
   * The month started again by a re-orientation notified on {@code notifiedOn}.
   *
   * @throws InvalidInputException if that notification is before the one this deadline runs from
   */
  public ContractDeadline restartedBy(LocalDate reorientationNotifiedOn, Policy policy) {
    if (reorientationNotifiedOn.isBefore(notifiedOn)) {
      throw new InvalidInputException(
          "notifiedOn",
          "La réorientation est notifiée avant la décision qu'elle remplace ("
              + ContractTerm.day(notifiedOn)
              + ").");
    }
    return from(reorientationNotifiedOn, policy);
  }

  /**
   * Where the contract stands today: {@code state} is that of the person's latest contract written
   * since {@link #notifiedOn} (null when there is none). A signed one is done, even late; otherwise
   * past the due date it is overdue.
   */
  public DeadlineStatus statusOn(ContractState state, Clock clock) {
    if (state != null && state.signed()) {
      return new DeadlineStatus(DeadlineStatus.Kind.DONE, 0);
    }
    long late = ChronoUnit.DAYS.between(dueOn, LocalDate.now(clock));
    if (late > 0) {
      return new DeadlineStatus(DeadlineStatus.Kind.OVERDUE, late);
    }
    return new DeadlineStatus(
        state == ContractState.TO_SIGN ? DeadlineStatus.Kind.TO_SIGN : DeadlineStatus.Kind.TO_WRITE,
        0);
  }

  /** Whether the reminder is due today: not signed yet, from the reminder day to the due date. */
  public boolean reminderDue(ContractState state, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    return (state == null || !state.signed()) && !today.isBefore(remindOn) && !today.isAfter(dueOn);
  }

  /**
   * For the social pathway, the day the person's situation is to be re-examined with France
   * Travail: six months after the contract was signed, or revised by an amendment (art. L.262-31
   * CASF, REFERENCE §1.4 rule 11). Empty for the other pathways.
   */
  public static Optional<LocalDate> reexaminationDue(Pathway pathway, LocalDate signedOn) {
    return pathway == Pathway.SOCIAL
        ? Optional.of(signedOn.plusMonths(SOCIAL_REEXAMINATION_MONTHS))
        : Optional.empty();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
