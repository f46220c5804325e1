package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import fr.aiguillage.orientation.Coordination.TerritoryBacklog;
import fr.aiguillage.ui.kit.Formats;
import java.util.Comparator;

/**
 * One row per territory. Rows with people beyond the target carry the part name {@code overdue}
 * (styled like the queue's overdue rows) and their number shows as an error badge; the column's
 * header says what it counts.
 */
class BacklogGrid extends Grid<TerritoryBacklog> {
  static final String OVERDUE_PART = "overdue";

  BacklogGrid() {
    setId("backlog-grid");
    setAriaLabel("Attente par territoire");
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    setAllRowsVisible(true);
    setEmptyStateText("Aucun territoire : personne n'attend d'orientation.");
    setPartNameGenerator(b -> b.overdue() > 0 ? OVERDUE_PART : null);
    addColumn(TerritoryBacklog::territoryName)
        .setKey("territory")
        .setHeader("Territoire")
        .setComparator(CoordinationTexts.alphabetical(TerritoryBacklog::territoryName))
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(1);
    number("waiting", "En attente", TerritoryBacklog::waiting);
    addComponentColumn(BacklogGrid::overdue)
        .setKey("overdue")
        .setHeader("Au-delà du délai")
        .setComparator(Comparator.comparingLong(TerritoryBacklog::overdue))
        .setSortable(true)
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    number("expired", "Sans réponse des structures", TerritoryBacklog::expired);
    number("oldest", "Plus longue attente (jours)", TerritoryBacklog::oldestWaitingDays);
  }

  private void number(String key, String header, ValueProvider<TerritoryBacklog, Long> value) {
    addColumn(b -> Formats.thousands(value.apply(b)))
        .setKey(key)
        .setHeader(header)
        .setComparator(Comparator.comparing(value::apply))
        .setSortable(true)
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
  }

  /** The number beyond the target; above zero, as the queue's "En retard" badge. */
  private static Component overdue(TerritoryBacklog b) {
    Span number = new Span(Formats.thousands(b.overdue()));
    number.addClassName("backlog-overdue");
    if (b.overdue() > 0) {
      number.getElement().getThemeList().add("badge");
      number.getElement().getThemeList().add("error");
      number.addClassName("overdue-badge");
    }
    return number;
  }
}
