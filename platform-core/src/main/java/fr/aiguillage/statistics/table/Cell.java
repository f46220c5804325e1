package fr.aiguillage.statistics.table;

import java.util.Objects;
import java.util.Optional;

/** A figure of a table and whether it may be published. */
public record Cell(Figure figure, CellState state) {
  public Cell {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(state, "state");
  }

  public static Cell count(long people) {
    return new Cell(new Figure.Count(people), CellState.SHOWN);
  }

  public static Cell measure(double value, long people) {
    return new Cell(new Figure.Measure(value, people), CellState.SHOWN);
  }

  public static Cell measureOverNobody() {
    return new Cell(Figure.Measure.overNobody(), CellState.SHOWN);
  }

  public long people() {
    return figure.people();
  }

  public boolean suppressed() {
    return state.suppressed();
  }

  /**
   * The figure as it may leave the département: empty when the cell is suppressed. A suppressed
   * cell keeps its figure (the suppression needs it to stay consistent when applied again), so
   * whatever serialises a table reads its figures through here.
   */
  public Optional<Figure> published() {
    return state.suppressed() ? Optional.empty() : Optional.of(figure);
  }

  Cell in(CellState newState) {
    return new Cell(figure, newState);
  }
}
