package fr.aiguillage.statistics.projection;

import static fr.aiguillage.statistics.projection.Contributions.day;

import fr.aiguillage.statistics.definition.ContractDurationBand;
import fr.aiguillage.statistics.projection.FollowUp.Appointment;
import fr.aiguillage.statistics.projection.FollowUp.Contract;
import fr.aiguillage.statistics.projection.FollowUp.Decision;
import fr.aiguillage.statistics.projection.FollowUp.Referral;
import fr.aiguillage.statistics.projection.FollowUp.Traits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stocks, read on a period's last day (OARSA T1 to T4, caseloads): a person counts from the day
 * they enter a stock until the first day they are out of it. A stock's cells hold, per month, how
 * many entered it ({@code days} = {@link CellKey#NO_DELAY}) and how many left it ({@code days} =
 * {@link #OUT}); the stock on a month's last day is the sum of what entered minus what left up to
 * that month ({@code Figures}), never a scan of the people.
 *
 * <p>Stocks follow the person's current entry (their latest orientation); a person is subject to
 * rights and duties from their rights-and-duties start until they leave the RSA or, when the file
 * says their right is no longer open and paid (a CNAF right state other than 2, or suspended), from
 * that file's day.
 */
final class StockCells {
  static final int OUT = -2;
  static final String SUBJECT = "oarsa-t1-subject";
  static final String NOT_ORIENTED = "oarsa-t1-not-oriented";

  /** Oriented people by the OARSA category of their body in force (breakdown). */
  static final String ORIENTED = "oarsa-t1-oriented";

  static final String CONTRACT_VALID = "oarsa-t2-contract-valid";
  static final String CONTRACTS_BY_DURATION = "oarsa-t3-contracts-by-duration";
  static final String CONTRACTS_BY_ACTION = "oarsa-t4-contracts-by-action";
  static final String STRUCTURE_CASELOAD = "structure-caseload";

  /** The orientation's current referent's caseload (its latest event names the referent). */
  static final String REFERENT_CASELOAD = "referent-caseload";

  static final String OPEN_RIGHT = "2";

  private StockCells() {}

  /** From {@code from} (in) until {@code until} (the first day out; null: still in). */
  record Span(LocalDate from, LocalDate until) {
    Span {
      Objects.requireNonNull(from);
    }

    boolean isEmpty() {
      return until != null && !until.isAfter(from);
    }

    Span intersect(Span o) {
      LocalDate f = from.isAfter(o.from) ? from : o.from;
      LocalDate u =
          until == null ? o.until : o.until == null || until.isBefore(o.until) ? until : o.until;
      return new Span(f, u);
    }

    boolean contains(LocalDate d) {
      return !from.isAfter(d) && (until == null || until.isAfter(d));
    }
  }

  static void addAll(
      Map<CellKey, Integer> out, PersonFacts p, EntryFacts current, FollowUp u, String territory) {
    Span subject = subject(p, u);
    if (subject == null) {
      return;
    }
    stock(out, SUBJECT, subject, territory, "");
    People.stock(out, SUBJECT, subject, territory, p, u);
    String orientation = current == null ? null : current.orientationId().toString();
    List<Decision> decisions = FollowUpCells.decisions(u, orientation);
    List<Span> inForce = inForce(decisions, u, orientation);
    List<Span> orientedSpans = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Span s = inForce.get(i).intersect(subject);
      if (!s.isEmpty()) {
        orientedSpans.add(s);
        stock(out, ORIENTED, s, territory, FollowUpCells.category(decisions.get(i)));
        People.stock(out, ORIENTED, s, territory, p, u);
      }
    }
    for (Span s : minus(subject, orientedSpans)) {
      stock(out, NOT_ORIENTED, s, territory, "");
      People.stock(out, NOT_ORIENTED, s, territory, p, u);
    }
    List<Span> covered =
        union(contracts(u, orientation).stream().map(StockCells::coverage).toList());
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (!FollowUpCells.outsideFranceTravail(d)) {
        continue;
      }
      Span s = inForce.get(i).intersect(subject);
      for (Span c : covered) {
        Span both = s.intersect(c);
        if (!s.isEmpty() && !both.isEmpty()) {
          stock(out, CONTRACT_VALID, both, territory, FollowUpCells.category(d));
          People.stock(out, CONTRACT_VALID, both, territory, p, u);
        }
      }
    }
    for (Contract c : contracts(u, orientation)) {
      Span s = coverage(c).intersect(subject);
      if (s.isEmpty()) {
        continue;
      }
      stock(
          out,
          CONTRACTS_BY_DURATION,
          s,
          territory,
          ContractDurationBand.of(c.startDate(), c.endDate()).name());
      List<String> categories = c.actionCategories() == null ? List.of() : c.actionCategories();
      for (String category : categories.stream().distinct().toList()) {
        stock(out, CONTRACTS_BY_ACTION, s, territory, category);
      }
    }
    caseload(out, p, decisions, inForce, u, orientation, territory);
  }

  /**
   * A structure's caseload: from the first appointment held after its decision until the decision
   * stops being in force, a re-orientation is asked, or the person leaves the RSA.
   */
  private static void caseload(
      Map<CellKey, Integer> out,
      PersonFacts p,
      List<Decision> decisions,
      List<Span> inForce,
      FollowUp u,
      String orientation,
      String territory) {
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      Span s = inForce.get(i);
      if (d.structureId() == null) {
        continue;
      }
      LocalDate held =
          u.appointments().values().stream()
              .filter(a -> !a.replaced() && "SEEN".equals(a.status()) && a.startsAt() != null)
              .filter(a -> Objects.equals(orientation, a.orientationId()))
              .filter(a -> Objects.equals(d.structureId(), a.structureId()))
              .map(Appointment::startsAt)
              .map(Contributions::day)
              .filter(s::contains)
              .min(Comparator.naturalOrder())
              .orElse(null);
      if (held == null) {
        continue;
      }
      LocalDate until = s.until();
      for (var request : u.reorientationRequests().values()) {
        LocalDate on = day(request);
        if (!on.isBefore(held) && (until == null || on.isBefore(until))) {
          until = on;
        }
      }
      if (p.leftOn() != null && (until == null || p.leftOn().isBefore(until))) {
        until = p.leftOn();
      }
      Span accompanied = new Span(held, until);
      if (!accompanied.isEmpty()) {
        stock(out, STRUCTURE_CASELOAD, accompanied, territory, d.structureId());
        FollowUp.Referent referent = u.referents().get(orientation);
        if (i == decisions.size() - 1 && referent != null && referent.referentId() != null) {
          stock(out, REFERENT_CASELOAD, accompanied, territory, referent.referentId());
        }
      }
    }
  }

  /** Subject to rights and duties on that day. */
  static boolean subjectOn(PersonFacts p, FollowUp u, LocalDate day) {
    Span s = subject(p, u);
    return s != null && s.contains(day);
  }

  /** Whether a signed contract is in force on that day. */
  static boolean covers(Contract c, LocalDate day) {
    return c.signedAt() != null && coverage(c).contains(day);
  }

  private static Span subject(PersonFacts p, FollowUp u) {
    if (p.rightsAndDuties() == null) {
      return null;
    }
    LocalDate until = p.leftOn();
    Traits t = u.traits();
    boolean closed =
        t != null
            && t.fileAt() != null
            && ((t.rightState() != null && !OPEN_RIGHT.equals(t.rightState()))
                || Boolean.TRUE.equals(t.rightSuspended()));
    if (closed) {
      LocalDate on = day(t.fileAt());
      until = until == null || on.isBefore(until) ? on : until;
    }
    Span s = new Span(p.rightsAndDuties(), until);
    return s.isEmpty() ? null : s;
  }

  /**
   * When each decision of the orientation is in force: from its day until the next decision, or a
   * refusal or an expiry of a referral sent for it.
   */
  private static List<Span> inForce(List<Decision> decisions, FollowUp u, String orientation) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      LocalDate until = i + 1 < decisions.size() ? day(decisions.get(i + 1).at()) : null;
      for (Referral r : u.referrals().values()) {
        if (!Objects.equals(orientation, r.orientationId())
            || r.sentAt() == null
            || r.sentAt().isBefore(d.at())) {
          continue;
        }
        LocalDate ended =
            "REFUSED".equals(r.status())
                ? day(r.answeredAt())
                : "EXPIRED".equals(r.status()) ? day(r.seen()) : null;
        if (ended != null && (until == null || ended.isBefore(until))) {
          until = ended;
        }
      }
      out.add(new Span(day(d.at()), until));
    }
    return out;
  }

  private static List<Contract> contracts(FollowUp u, String orientation) {
    return u.contracts().values().stream()
        .filter(c -> c.signedAt() != null && Objects.equals(orientation, c.orientationId()))
        .toList();
  }

  /** A signed contract's days: from its start (not before its signature) to its end or stop. */
  private static Span coverage(Contract c) {
    LocalDate signed = day(c.signedAt());
    LocalDate from =
        c.startDate() == null || c.startDate().isBefore(signed) ? signed : c.startDate();
    LocalDate until = c.endDate() == null ? null : c.endDate().plusDays(1);
    if (c.stoppedOn() != null && (until == null || c.stoppedOn().isBefore(until))) {
      until = c.stoppedOn();
    }
    return new Span(from, until);
  }

  static List<Span> union(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans.stream().filter(s -> !s.isEmpty()).toList());
    sorted.sort(Comparator.comparing(Span::from));
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        if (last.until() == null || !s.from().isAfter(last.until())) {
          LocalDate until =
              last.until() == null || s.until() == null
                  ? null
                  : s.until().isAfter(last.until()) ? s.until() : last.until();
          out.set(out.size() - 1, new Span(last.from(), until));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /** The parts of {@code whole} covered by none of {@code parts}. */
  static List<Span> minus(Span whole, List<Span> parts) {
    List<Span> out = new ArrayList<>();
    LocalDate from = whole.from();
    for (Span part : union(parts)) {
      Span p = part.intersect(whole);
      if (p.isEmpty()) {
        continue;
      }
      if (p.from().isAfter(from)) {
        out.add(new Span(from, p.from()));
      }
      if (p.until() == null) {
        return out;
      }
      from = p.until().isAfter(from) ? p.until() : from;
    }
    Span rest = new Span(from, whole.until());
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  /** One span of a stock: in at its start's month, out at its end's month. */
  static void stock(
      Map<CellKey, Integer> out, String indicator, Span s, String territory, String breakdown) {
    if (s.isEmpty()) {
      return;
    }
    Contributions.add(out, indicator, s.from(), territory, breakdown, CellKey.NO_DELAY);
    if (s.until() != null) {
      Contributions.add(out, indicator, s.until(), territory, breakdown, OUT);
    }
  }
}
