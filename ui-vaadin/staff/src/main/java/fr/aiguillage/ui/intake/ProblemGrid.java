package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableBiFunction;
import fr.aiguillage.intake.Problem;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The refused rows of one import (line, column, problem), a page at a time: an import of a million
 * rows may have many. It asks its pages through a function and knows no service.
 */
class ProblemGrid extends Grid<Problem> {
  static final int PAGE_SIZE = 50;

  private final SerializableBiFunction<UUID, PageRequest, Page<Problem>> problems;
  private UUID runId;

  ProblemGrid(SerializableBiFunction<UUID, PageRequest, Page<Problem>> problems) {
    super(PAGE_SIZE);
    this.problems = problems;
    setId("import-problems");
    setAriaLabel("Compte rendu ligne par ligne : refus, personnes hors champ, sorties du RSA");
    addThemeVariants(
        GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    setEmptyStateText("Aucune ligne refusée.");
    setHeight("24em");
    addColumn(Problem::row)
        .setKey("row")
        .setHeader("Ligne")
        .setSortable(false)
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(IntakeTexts::column)
        .setKey("column")
        .setHeader("Colonne")
        .setSortable(false)
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(p -> kind(p.kind()))
        .setKey("kind")
        .setHeader("Nature")
        .setSortable(false)
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(Problem::message).setKey("message").setHeader("Détail").setFlexGrow(1);
  }

  /** A report line's kind, in words (a CAF flow's lines are households and people). */
  static String kind(Problem.Kind kind) {
    return switch (kind) {
      case REJECTED -> "Refusée";
      case OUT_OF_SCOPE -> "Hors champ";
      case LEFT -> "Sortie du RSA";
      case NOTE -> "Note";
    };
  }

  void show(UUID run) {
    runId = run;
    setItems(this::fetch, this::count);
  }

  /** The grid asks by offset and limit, aligned on its page size: that is a page number. */
  private Stream<Problem> fetch(Query<Problem, Void> query) {
    if (runId == null || query.getLimit() == 0) {
      return Stream.empty();
    }
    return problems
        .apply(runId, new PageRequest(query.getPage(), query.getPageSize()))
        .items()
        .stream();
  }

  private int count(Query<Problem, Void> query) {
    if (runId == null) {
      return 0;
    }
    long total = problems.apply(runId, new PageRequest(0, 1)).total();
    return (int) Math.min(total, Integer.MAX_VALUE);
  }
}
