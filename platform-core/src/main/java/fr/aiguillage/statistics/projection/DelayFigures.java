package fr.aiguillage.statistics.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * A cohort's delays, from its histogram of whole days (docs/indicators.md): DREES's mean, the
 * nearest-rank median and 90th percentile (a delay that really occurred), and the shares within 15,
 * 30, 42 and 45 days among the cohort's people not set apart (those decided, and those still
 * waiting, who are not within). Figures are null when nobody reached the end.
 */
public record DelayFigures(
    long reached,
    Double mean,
    Integer median,
    Integer p90,
    Map<Integer, Double> shareWithin,
    long waiting,
    long left,
    long unknownStart,
    long inconsistent) {

  static final int[] THRESHOLDS = {15, 30, 42, 45};

  static DelayFigures of(
      SortedMap<Integer, Long> days,
      long waiting,
      long left,
      long unknownStart,
      long inconsistent) {
    long n = days.values().stream().mapToLong(Long::longValue).sum();
    Map<Integer, Double> within = new LinkedHashMap<>();
    long cohort = n + waiting;
    for (int t : THRESHOLDS) {
      long k = days.headMap(t + 1).values().stream().mapToLong(Long::longValue).sum();
      within.put(t, cohort == 0 ? null : (double) k / cohort);
    }
    if (n == 0) {
      return new DelayFigures(
          0, null, null, null, within, waiting, left, unknownStart, inconsistent);
    }
    double sum = 0;
    for (var e : days.entrySet()) {
      sum += (double) e.getKey() * e.getValue();
    }
    return new DelayFigures(
        n,
        sum / n,
        rank(days, n, 0.5),
        rank(days, n, 0.9),
        within,
        waiting,
        left,
        unknownStart,
        inconsistent);
  }

  /**
   * The figures of a histogram of bands ({@link Totals}) whose days summed are {@code daysSummed}:
   * the mean from them, the shares exact (the bands are the thresholds), no median nor 90th
   * percentile (they need every day).
   */
  DelayFigures banded(long daysSummed) {
    return new DelayFigures(
        reached,
        reached == 0 ? null : (double) daysSummed / reached,
        null,
        null,
        shareWithin,
        waiting,
        left,
        unknownStart,
        inconsistent);
  }

  /** The same figures without the shares within thresholds in days (a delay in hours). */
  DelayFigures withoutThresholds() {
    return new DelayFigures(
        reached, mean, median, p90, Map.of(), waiting, left, unknownStart, inconsistent);
  }

  /** The smallest delay such that at least {@code q} of the people are at most it. */
  private static Integer rank(SortedMap<Integer, Long> days, long n, double q) {
    long needed = (long) Math.ceil(q * n);
    long seen = 0;
    for (var e : days.entrySet()) {
      seen += e.getValue();
      if (seen >= needed) {
        return e.getKey();
      }
    }
    return days.lastKey();
  }
}
