package fr.aiguillage.statistics.definition;

import java.util.List;

/**
 * What every delay shows (DESIGN §9): DREES's mean, the median, the 90th percentile, four shares.
 */
final class Delays {
  static final List<DelayStatistic> ALL = List.of(DelayStatistic.values());
  static final List<DelayThreshold> THRESHOLDS = List.of(DelayThreshold.values());

  private Delays() {}
}
