package fr.aiguillage.statistics.projection;

import java.time.LocalDate;

/**
 * A cell of the statistics: an indicator, a month, a territory (its id, or {@code inconnu}), a
 * breakdown (a pathway, or what a person is apart: {@code en-attente}, {@code debut-inconnu}…) and
 * a delay in whole days ({@code -1}: not a delay).
 */
record CellKey(String indicator, LocalDate month, String territory, String breakdown, int days) {
  static final int NO_DELAY = -1;
}
