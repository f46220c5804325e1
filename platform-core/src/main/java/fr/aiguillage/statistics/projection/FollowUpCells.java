package fr.aiguillage.statistics.projection;

import static fr.aiguillage.statistics.projection.Contributions.add;
import static fr.aiguillage.statistics.projection.Contributions.day;
import static fr.aiguillage.statistics.projection.Contributions.delay;

import fr.aiguillage.statistics.definition.BodyCategory;
import fr.aiguillage.statistics.projection.FollowUp.Appointment;
import fr.aiguillage.statistics.projection.FollowUp.Contract;
import fr.aiguillage.statistics.projection.FollowUp.Decision;
import fr.aiguillage.statistics.projection.FollowUp.Notice;
import fr.aiguillage.statistics.projection.FollowUp.Referral;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The monthly flows of the follow-up (docs/indicators.md): first appointment held, attendance,
 * partners' answers, contracts, re-orientations; and OARSA's yearly tables T5 (the year's entrants,
 * at 31 December) and T6 (the year's re-orientations), counted in December of their year. Delays
 * are cohorts: counted in their start's month.
 */
final class FollowUpCells {
  static final String FIRST_APPOINTMENT_DELAY = "monthly-first-appointment-delay";
  static final String ACCOMPANIMENT_FROM_CLAIM = "monthly-accompaniment-delay-from-claim";
  static final String ACCOMPANIMENT_FROM_RIGHTS_AND_DUTIES =
      "monthly-accompaniment-delay-from-rights-and-duties";

  /** The outcomes of first appointments (SEEN, EXCUSED, NO_SHOW): the three rates read them. */
  static final String ATTENDANCE = "monthly-appointment-attendance-rate";

  static final String EXCUSED = "monthly-appointment-excused-rate";
  static final String NO_SHOW = "monthly-appointment-no-show-rate";
  static final String CANCELLED = "monthly-appointment-cancelled";

  /** Referrals answered (ACCEPTED, REFUSED: hours to the answer), EXPIRED, or waiting. */
  static final String RESPONSE_TIME = "monthly-partner-response-time";

  static final String REFUSAL_RATE = "monthly-partner-refusal-rate";
  static final String EXPIRY_RATE = "monthly-partner-expiry-rate";
  static final String CONTRACT_FROM_ORIENTATION = "monthly-contract-delay-from-orientation";
  static final String CONTRACT_FROM_NOTIFICATION = "monthly-contract-delay-from-notification";

  /**
   * Decisions notified in the month: breakdown {@code oui} (signed within a month) or {@code non}.
   */
  static final String CONTRACT_WITHIN_ONE_MONTH = "monthly-contract-within-one-month";

  static final String REORIENTED_TO_NON_SPE = "monthly-reoriented-spe-to-non-spe";
  static final String REORIENTED_TO_SPE = "monthly-reoriented-non-spe-to-spe";
  static final String YEAR_REORIENTED_TO_NON_SPE = "oarsa-t6-reoriented-spe-to-non-spe";
  static final String YEAR_REORIENTED_TO_SPE = "oarsa-t6-reoriented-non-spe-to-spe";
  static final String T5_ENTRANTS = "oarsa-t5-entrants";
  static final String T5_FIRST_ORIENTED = "oarsa-t5-first-oriented";
  static final String T5_OUTSIDE_FRANCE_TRAVAIL = "oarsa-t5-first-oriented-outside-france-travail";
  static final String T5_FIRST_CONTRACT = "oarsa-t5-first-contract";
  static final String T5_DELAY_TO_ORIENTATION = "oarsa-t5-delay-claim-to-orientation";
  static final String T5_DELAY_TO_CONTRACT = "oarsa-t5-delay-orientation-to-contract";

  /** Invited to a session (not cancelled): breakdown {@code venu} or {@code absent}. */
  static final String SESSION_INVITED = "monthly-session-invited";

  static final String SESSION_ATTENDANCE = "monthly-session-attendance-rate";

  /** Came to a session, invited or not: breakdown {@code oriente} (at the desk) or not. */
  static final String SESSION_PRESENT = "monthly-session-present";

  static final String SESSION_ORIENTED = "monthly-session-oriented-same-day";
  static final String SESSION_ORIENTED_SHARE = "monthly-session-oriented-same-day-share";
  static final String CAME = "venu";
  static final String ABSENT = "absent";
  static final String ORIENTED_AT_DESK = "oriente";
  static final String NOT_ORIENTED_AT_DESK = "non-oriente";

  static final String YES = "oui";
  static final String NO = "non";
  static final String EXPIRED = "EXPIRED";
  private static final int MAX_HOURS = 876_000;

  private FollowUpCells() {}

  static void addAll(
      Map<CellKey, Integer> out, PersonFacts p, EntryFacts current, FollowUp u, String territory) {
    String orientation = current == null ? null : current.orientationId().toString();
    appointments(out, p, current, orientation, u, territory);
    referrals(out, u, territory);
    contracts(out, p, orientation, u, territory);
    reorientations(out, u, territory);
    entrants(out, p, orientation, u, territory);
    sessions(out, u, territory);
  }

  /** Collective sessions by their day's month; a cancelled session counts nobody. */
  private static void sessions(Map<CellKey, Integer> out, FollowUp u, String territory) {
    for (FollowUp.SessionVisit v : u.sessions().values()) {
      if (v.cancelled() || v.startsAt() == null) {
        continue;
      }
      LocalDate on = day(v.startsAt());
      boolean came = "PRESENT".equals(v.attendance()) || "LATE".equals(v.attendance());
      if (v.invited()) {
        add(out, SESSION_INVITED, on, territory, came ? CAME : ABSENT, CellKey.NO_DELAY);
      }
      if (came) {
        add(
            out,
            SESSION_PRESENT,
            on,
            territory,
            v.oriented() ? ORIENTED_AT_DESK : NOT_ORIENTED_AT_DESK,
            CellKey.NO_DELAY);
      }
    }
  }

  private static void appointments(
      Map<CellKey, Integer> out,
      PersonFacts p,
      EntryFacts current,
      String orientation,
      FollowUp u,
      String territory) {
    LocalDate held = firstHeld(u, orientation).orElse(null);
    String pathway =
        current == null || current.pathway() == null ? Contributions.UNKNOWN : current.pathway();
    if (current != null && current.decidedAt() != null) {
      delay(out, FIRST_APPOINTMENT_DELAY, day(current), held, pathway, p, territory);
    }
    delay(out, ACCOMPANIMENT_FROM_CLAIM, p.claim(), held, pathway, p, territory);
    delay(
        out,
        ACCOMPANIMENT_FROM_RIGHTS_AND_DUTIES,
        p.rightsAndDuties(),
        held,
        pathway,
        p,
        territory);
    for (Appointment a : u.appointments().values()) {
      if (a.replaced() || a.startsAt() == null || a.status() == null) {
        continue;
      }
      LocalDate on = day(a.startsAt());
      switch (a.status()) {
        case "SEEN", "EXCUSED", "NO_SHOW" ->
            add(out, ATTENDANCE, on, territory, a.status(), CellKey.NO_DELAY);
        case "CANCELLED" -> add(out, CANCELLED, on, territory, "", CellKey.NO_DELAY);
        default -> {}
      }
    }
  }

  /** The day of the first appointment held (SEEN, not replaced) for an orientation. */
  static Optional<LocalDate> firstHeld(FollowUp u, String orientation) {
    return u.appointments().values().stream()
        .filter(a -> !a.replaced() && "SEEN".equals(a.status()) && a.startsAt() != null)
        .filter(a -> orientation != null && orientation.equals(a.orientationId()))
        .map(Appointment::startsAt)
        .min(Comparator.naturalOrder())
        .map(Contributions::day);
  }

  private static void referrals(Map<CellKey, Integer> out, FollowUp u, String territory) {
    for (Referral r : u.referrals().values()) {
      if (r.sentAt() == null || r.status() == null) {
        continue;
      }
      LocalDate sent = day(r.sentAt());
      switch (r.status()) {
        case "ACCEPTED", "REFUSED" -> {
          if (r.answeredAt() != null) {
            long hours = Duration.between(r.sentAt(), r.answeredAt()).toHours();
            add(
                out,
                RESPONSE_TIME,
                sent,
                territory,
                r.status(),
                (int) Math.max(0, Math.min(hours, MAX_HOURS)));
          }
        }
        case EXPIRED -> add(out, RESPONSE_TIME, sent, territory, EXPIRED, CellKey.NO_DELAY);
        case "PENDING" ->
            add(out, RESPONSE_TIME, sent, territory, Contributions.WAITING, CellKey.NO_DELAY);
        default -> {}
      }
    }
  }

  private static void contracts(
      Map<CellKey, Integer> out, PersonFacts p, String orientation, FollowUp u, String territory) {
    List<Decision> decisions = decisions(u, orientation);
    decisions.stream()
        .filter(FollowUpCells::outsideFranceTravail)
        .findFirst()
        .ifPresent(
            d ->
                delay(
                    out,
                    CONTRACT_FROM_ORIENTATION,
                    day(d.at()),
                    firstSigned(u, d.orientationId(), null).orElse(null),
                    pathway(d),
                    p,
                    territory));
    u.notices().values().stream()
        .filter(n -> "DECISION".equals(n.kind()) && n.sentAt() != null)
        .filter(n -> orientation != null && orientation.equals(n.orientationId()))
        .min(Comparator.comparing(Notice::sentAt))
        .ifPresent(n -> notified(out, p, n, decisions, u, territory));
  }

  /** A decision's notice: the delay to the contract, and whether it was signed within a month. */
  private static void notified(
      Map<CellKey, Integer> out,
      PersonFacts p,
      Notice n,
      List<Decision> decisions,
      FollowUp u,
      String territory) {
    Decision notified =
        decisions.stream()
            .filter(d -> !d.at().isAfter(n.sentAt()))
            .reduce((a, b) -> b)
            .orElse(decisions.isEmpty() ? null : decisions.get(0));
    if (notified == null || !outsideFranceTravail(notified)) {
      return;
    }
    LocalDate sent = day(n.sentAt());
    LocalDate signed = firstSigned(u, n.orientationId(), null).orElse(null);
    delay(out, CONTRACT_FROM_NOTIFICATION, sent, signed, pathway(notified), p, territory);
    LocalDate monthEnd = YearMonth.from(sent).atEndOfMonth();
    if (p.leftOn() != null && !p.leftOn().isAfter(monthEnd)) {
      return;
    }
    boolean within =
        signed != null && !signed.isBefore(sent) && !signed.isAfter(sent.plusMonths(1));
    add(out, CONTRACT_WITHIN_ONE_MONTH, sent, territory, within ? YES : NO, CellKey.NO_DELAY);
  }

  /**
   * Re-orientations that change side (public employment service or not): per month and per year,
   * the person counts once, in the direction of the period's last change of side.
   */
  private static void reorientations(Map<CellKey, Integer> out, FollowUp u, String territory) {
    Map<YearMonth, Decision[]> lastInMonth = new TreeMap<>();
    Map<Integer, Decision[]> lastInYear = new TreeMap<>();
    Decision previous = null;
    for (Decision d : u.decisionsInOrder()) {
      if (d.reorientation() && previous != null && changesSide(previous, d)) {
        LocalDate on = day(d.at());
        lastInMonth.put(YearMonth.from(on), new Decision[] {previous, d});
        lastInYear.put(on.getYear(), new Decision[] {previous, d});
      }
      previous = d;
    }
    lastInMonth.forEach(
        (m, pair) ->
            add(
                out,
                toSpe(pair[1]) ? REORIENTED_TO_SPE : REORIENTED_TO_NON_SPE,
                m.atDay(1),
                territory,
                pathway(pair[1]),
                CellKey.NO_DELAY));
    lastInYear.forEach(
        (y, pair) ->
            add(
                out,
                toSpe(pair[1]) ? YEAR_REORIENTED_TO_SPE : YEAR_REORIENTED_TO_NON_SPE,
                LocalDate.of(y, 12, 1),
                territory,
                "",
                CellKey.NO_DELAY));
  }

  /**
   * OARSA T5: the people whose latest claim falls in a year and who are subject to rights and
   * duties on its 31 December, counted in that December.
   */
  private static void entrants(
      Map<CellKey, Integer> out, PersonFacts p, String orientation, FollowUp u, String territory) {
    if (p.claim() == null) {
      return;
    }
    LocalDate yearEnd = LocalDate.of(p.claim().getYear(), 12, 31);
    if (!StockCells.subjectOn(p, u, yearEnd)) {
      return;
    }
    add(out, T5_ENTRANTS, yearEnd, territory, "", CellKey.NO_DELAY);
    People.on(out, T5_ENTRANTS, yearEnd, territory, p, u);
    List<Decision> decisions =
        decisions(u, orientation).stream().filter(d -> !day(d.at()).isAfter(yearEnd)).toList();
    if (decisions.isEmpty()) {
      return;
    }
    Decision first = decisions.get(0);
    int days = (int) java.time.temporal.ChronoUnit.DAYS.between(p.claim(), day(first.at()));
    add(
        out,
        T5_DELAY_TO_ORIENTATION,
        yearEnd,
        territory,
        days < 0 ? Contributions.INCONSISTENT : pathway(first),
        days < 0 ? CellKey.NO_DELAY : Math.min(days, 36_500));
    if (decisions.stream().anyMatch(Decision::reorientation)) {
      return;
    }
    add(out, T5_FIRST_ORIENTED, yearEnd, territory, category(first), CellKey.NO_DELAY);
    People.on(out, T5_FIRST_ORIENTED, yearEnd, territory, p, u);
    if (!outsideFranceTravail(first)) {
      return;
    }
    add(out, T5_OUTSIDE_FRANCE_TRAVAIL, yearEnd, territory, category(first), CellKey.NO_DELAY);
    People.on(out, T5_OUTSIDE_FRANCE_TRAVAIL, yearEnd, territory, p, u);
    Optional<LocalDate> signed = firstSigned(u, first.orientationId(), yearEnd);
    if (signed.isPresent()) {
      int toContract =
          (int) java.time.temporal.ChronoUnit.DAYS.between(day(first.at()), signed.get());
      add(
          out,
          T5_DELAY_TO_CONTRACT,
          yearEnd,
          territory,
          toContract < 0 ? Contributions.INCONSISTENT : category(first),
          toContract < 0 ? CellKey.NO_DELAY : toContract);
      Contract firstContract = firstContract(u, first.orientationId()).orElseThrow();
      if (StockCells.covers(firstContract, yearEnd)) {
        add(out, T5_FIRST_CONTRACT, yearEnd, territory, category(first), CellKey.NO_DELAY);
        People.on(out, T5_FIRST_CONTRACT, yearEnd, territory, p, u);
      }
    }
  }

  /** The decisions of one orientation, in time order. */
  static List<Decision> decisions(FollowUp u, String orientation) {
    return u.decisionsInOrder().stream()
        .filter(d -> orientation != null && orientation.equals(d.orientationId()))
        .toList();
  }

  /** The day of the first signature of an orientation's contracts (by {@code until}, if given). */
  static Optional<LocalDate> firstSigned(FollowUp u, String orientation, LocalDate until) {
    return firstContract(u, orientation)
        .map(c -> day(c.signedAt()))
        .filter(d -> until == null || !d.isAfter(until));
  }

  static Optional<Contract> firstContract(FollowUp u, String orientation) {
    return u.contracts().values().stream()
        .filter(c -> c.signedAt() != null && Objects.equals(orientation, c.orientationId()))
        .min(Comparator.comparing(Contract::signedAt));
  }

  /**
   * A decision for a known body other than France Travail: a body whose category is unknown counts
   * in « Inconnu », never in a population "outside France Travail".
   */
  static boolean outsideFranceTravail(Decision d) {
    BodyCategory c = categoryOf(d);
    return c != BodyCategory.FRANCE_TRAVAIL && c != BodyCategory.UNKNOWN;
  }

  static String category(Decision d) {
    return d.category() == null ? BodyCategory.UNKNOWN.name() : d.category();
  }

  private static boolean changesSide(Decision before, Decision after) {
    BodyCategory a = categoryOf(before);
    BodyCategory b = categoryOf(after);
    return a != BodyCategory.UNKNOWN
        && b != BodyCategory.UNKNOWN
        && a.kind().isSpe() != b.kind().isSpe();
  }

  private static boolean toSpe(Decision d) {
    return categoryOf(d).kind().isSpe();
  }

  static BodyCategory categoryOf(Decision d) {
    try {
      return d.category() == null ? BodyCategory.UNKNOWN : BodyCategory.valueOf(d.category());
    } catch (IllegalArgumentException e) {
      return BodyCategory.UNKNOWN;
    }
  }

  private static String pathway(Decision d) {
    return d.pathway() == null ? Contributions.UNKNOWN : d.pathway();
  }
}
