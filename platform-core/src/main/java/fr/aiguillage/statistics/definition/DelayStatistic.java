package fr.aiguillage.statistics.definition;

/**
 * What is shown of a delay. The mean is DREES's (arithmetic, over whole days, rounded to the day);
 * the median and the 90th percentile are nearest-rank (the smallest delay such that at least half,
 * or nine in ten, of the delays are at most it): a delay that really occurred, computed exactly
 * from a histogram of days, which adds up across territories and départements.
 */
public enum DelayStatistic {
  MEAN("moyenne"),
  MEDIAN("médiane"),
  PERCENTILE_90("90e centile");

  private final String label;

  DelayStatistic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
