package fr.aiguillage.statistics.table;

/** Whether a cell is published, and if not, why. */
public enum CellState {
  SHOWN,
  /** Too few people: under the threshold. */
  SUPPRESSED_PRIMARY,
  /** Masked so that no other masked cell can be given back by a total. */
  SUPPRESSED_SECONDARY;

  public boolean suppressed() {
    return this != SHOWN;
  }
}
