package fr.aiguillage.statistics.projection;

import fr.aiguillage.statistics.definition.AgeBand;
import fr.aiguillage.statistics.definition.EducationLevel;
import fr.aiguillage.statistics.definition.FamilySituation;
import fr.aiguillage.statistics.definition.RsaDurationBand;
import fr.aiguillage.statistics.definition.Sex;
import fr.aiguillage.statistics.projection.FollowUp.Traits;
import fr.aiguillage.statistics.projection.StockCells.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * OARSA's breakdowns of people (REFERENCE §7.1): age band, sex, family situation, time in the RSA
 * and education level, each with « Inconnu ». They are kept as margins beside an indicator's own
 * breakdown, as {@code age:FROM_30_TO_39}, {@code sexe:FEMALE}…: one table per breakdown, as OARSA
 * publishes them, never crossed. A stock's age band and time in the RSA change while a person is in
 * it: their span is cut on the birthdays and anniversaries that change the band.
 */
final class People {
  static final String AGE = "age:";
  static final String SEX = "sexe:";
  static final String FAMILY = "famille:";
  static final String EDUCATION = "etudes:";
  static final String TIME_IN_RSA = "anciennete:";
  private static final int[] AGES = {25, 30, 40, 50, 60};
  private static final int[] MONTHS_IN_RSA = {6, 12, 24, 60};

  private People() {}

  /** Whether a breakdown is one of these margins (left out of an indicator's totals). */
  static boolean isMargin(String breakdown) {
    return breakdown.indexOf(':') >= 0;
  }

  /** The margins of a person counted in a stock over {@code s}. */
  static void stock(
      Map<CellKey, Integer> out,
      String indicator,
      Span s,
      String territory,
      PersonFacts p,
      FollowUp u) {
    Traits t = u.traits() == null ? Traits.NONE : u.traits();
    StockCells.stock(out, indicator, s, territory, SEX + sex(t).name());
    StockCells.stock(out, indicator, s, territory, FAMILY + family(t).name());
    StockCells.stock(out, indicator, s, territory, EDUCATION + education(t).name());
    for (Span piece : cut(s, ageChanges(t))) {
      StockCells.stock(
          out,
          indicator,
          piece,
          territory,
          AGE + AgeBand.of(t.birthYear(), t.birthMonth(), piece.from()).name());
    }
    for (Span piece : cut(s, rsaChanges(p.claim()))) {
      StockCells.stock(
          out,
          indicator,
          piece,
          territory,
          TIME_IN_RSA + RsaDurationBand.of(p.claim(), piece.from()).name());
    }
  }

  /** The margins of a person counted on one day (a flow, or a table at 31 December). */
  static void on(
      Map<CellKey, Integer> out,
      String indicator,
      LocalDate day,
      String territory,
      PersonFacts p,
      FollowUp u) {
    Traits t = u.traits() == null ? Traits.NONE : u.traits();
    for (String b :
        List.of(
            SEX + sex(t).name(),
            FAMILY + family(t).name(),
            EDUCATION + education(t).name(),
            AGE + AgeBand.of(t.birthYear(), t.birthMonth(), day).name(),
            TIME_IN_RSA + RsaDurationBand.of(p.claim(), day).name())) {
      Contributions.add(out, indicator, day, territory, b, CellKey.NO_DELAY);
    }
  }

  static Sex sex(Traits t) {
    return "F".equals(t.sex()) ? Sex.FEMALE : "M".equals(t.sex()) ? Sex.MALE : Sex.UNKNOWN;
  }

  /** The diagnostic's answer, else the household the file knows, else unknown. */
  static FamilySituation family(Traits t) {
    if (t.familySituation() != null) {
      try {
        return FamilySituation.valueOf(t.familySituation());
      } catch (IllegalArgumentException e) {
        return FamilySituation.UNKNOWN;
      }
    }
    if (t.hasPartner() == null || t.children() == null) {
      return FamilySituation.UNKNOWN;
    }
    boolean children = t.children() > 0;
    if (t.hasPartner()) {
      return children
          ? FamilySituation.COUPLE_WITH_CHILDREN
          : FamilySituation.COUPLE_WITHOUT_CHILDREN;
    }
    return children
        ? FamilySituation.SINGLE_WITH_CHILDREN
        : FamilySituation.SINGLE_WITHOUT_CHILDREN;
  }

  static EducationLevel education(Traits t) {
    try {
      return t.educationLevel() == null
          ? EducationLevel.UNKNOWN
          : EducationLevel.valueOf(t.educationLevel());
    } catch (IllegalArgumentException e) {
      return EducationLevel.UNKNOWN;
    }
  }

  /**
   * The days an age band may change: birthdays (each first of January too if the month is unknown).
   */
  private static List<LocalDate> ageChanges(Traits t) {
    List<LocalDate> out = new ArrayList<>();
    if (t.birthYear() == null) {
      return out;
    }
    for (int age : AGES) {
      int year = t.birthYear() + age;
      if (t.birthMonth() != null && t.birthMonth() >= 1 && t.birthMonth() <= 12) {
        out.add(LocalDate.of(year, t.birthMonth(), 1));
      } else {
        out.add(LocalDate.of(year, 1, 1));
        out.add(LocalDate.of(year + 1, 1, 1));
      }
    }
    return out;
  }

  private static List<LocalDate> rsaChanges(LocalDate claim) {
    List<LocalDate> out = new ArrayList<>();
    if (claim != null) {
      out.add(claim);
      for (int m : MONTHS_IN_RSA) {
        out.add(claim.plusMonths(m));
      }
    }
    return out;
  }

  /** The span cut on the given days. */
  static List<Span> cut(Span s, List<LocalDate> days) {
    List<Span> out = new ArrayList<>();
    LocalDate from = s.from();
    for (LocalDate d : new TreeSet<>(days)) {
      if (d.isAfter(from) && (s.until() == null || d.isBefore(s.until()))) {
        out.add(new Span(from, d));
        from = d;
      }
    }
    out.add(new Span(from, s.until()));
    return out;
  }
}
