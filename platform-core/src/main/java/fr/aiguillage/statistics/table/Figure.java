package fr.aiguillage.statistics.table;

/**
 * What a cell of a statistical table holds: a count of people, or a measure (a delay in days, a
 * rate, a share) computed over a number of people. Both carry that number, which is what the
 * statistical secret protects.
 */
public sealed interface Figure permits Figure.Count, Figure.Measure {

  /** The people the figure counts, or is computed from. */
  long people();

  /** A number of people. */
  record Count(long people) implements Figure {
    public Count {
      if (people < 0) {
        throw new IllegalArgumentException("a count is never negative: " + people);
      }
    }
  }

  /**
   * A value computed over {@code people} people (a mean or median delay in days, a rate in
   * percent). Over nobody, it has no value: {@code value} is then ignored.
   */
  record Measure(double value, long people) implements Figure {
    public Measure {
      if (people < 0) {
        throw new IllegalArgumentException("a measure is computed over no fewer than 0 people");
      }
      if (people > 0 && !Double.isFinite(value)) {
        throw new IllegalArgumentException("a measure over people has a finite value: " + value);
      }
    }

    /** A measure over nobody: a mean delay when no one was oriented, for instance. */
    public static Measure overNobody() {
      return new Measure(0, 0);
    }

    public boolean hasValue() {
      return people > 0;
    }
  }
}
