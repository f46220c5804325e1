package fr.aiguillage.statistics.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which suppressed cells a reader can compute exactly: each line says that its cells add up to its
 * total; with the shown figures known, these are linear equations whose unknowns are the suppressed
 * cells. An unknown is given back when the equations, reduced, leave it alone in one of them.
 */
final class Recoverability {
  private static final double EPSILON = 1e-9;

  private Recoverability() {}

  static SortedSet<Position> recoverable(List<Line> lines, Set<Position> suppressed) {
    List<Position> unknowns = new ArrayList<>(new TreeSet<>(suppressed));
    Map<Position, Integer> column = new HashMap<>();
    for (int i = 0; i < unknowns.size(); i++) {
      column.put(unknowns.get(i), i);
    }
    double[][] equations = new double[lines.size()][unknowns.size()];
    for (int e = 0; e < lines.size(); e++) {
      Line line = lines.get(e);
      for (Position member : line.members()) {
        Integer c = column.get(member);
        if (c != null) {
          equations[e][c] += 1;
        }
      }
      Integer t = column.get(line.total());
      if (t != null) {
        equations[e][t] -= 1;
      }
    }
    reduce(equations, unknowns.size());
    SortedSet<Position> given = new TreeSet<>();
    for (double[] equation : equations) {
      int alone = -1;
      int nonZero = 0;
      for (int c = 0; c < equation.length; c++) {
        if (Math.abs(equation[c]) > EPSILON) {
          nonZero++;
          alone = c;
        }
      }
      if (nonZero == 1) {
        given.add(unknowns.get(alone));
      }
    }
    return given;
  }

  /** Gauss–Jordan elimination to the reduced row echelon form, in place. */
  private static void reduce(double[][] m, int columns) {
    int pivotRow = 0;
    for (int c = 0; c < columns && pivotRow < m.length; c++) {
      int best = pivotRow;
      for (int r = pivotRow + 1; r < m.length; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
          best = r;
        }
      }
      if (Math.abs(m[best][c]) <= EPSILON) {
        continue;
      }
      double[] swap = m[pivotRow];
      m[pivotRow] = m[best];
      m[best] = swap;
      double pivot = m[pivotRow][c];
      for (int k = 0; k < columns; k++) {
        m[pivotRow][k] /= pivot;
      }
      for (int r = 0; r < m.length; r++) {
        double factor = m[r][c];
        if (r != pivotRow && Math.abs(factor) > EPSILON) {
          for (int k = 0; k < columns; k++) {
            m[r][k] -= factor * m[pivotRow][k];
          }
        }
      }
      pivotRow++;
    }
  }
}
