package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.orientation.QueueItem;
import fr.aiguillage.ui.beneficiary.BeneficiaryView;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;

/**
 * The people waiting to be oriented, oldest wait first. The name links to the person's page;
 * overdue rows carry the part name {@code overdue} and an "En retard" badge.
 */
class QueueGrid extends Grid<QueueItem> {
  static final int PAGE_SIZE = 50;
  static final String OVERDUE_PART = "overdue";

  QueueGrid() {
    super(PAGE_SIZE);
    setId("queue-grid");
    setAriaLabel("Personnes à orienter, de la plus longue attente à la plus courte");
    setEmptyStateText("Personne n'attend d'orientation avec ces critères.");
    setPartNameGenerator(item -> item.overdue() ? OVERDUE_PART : null);
    addComponentColumn(QueueGrid::person)
        .setKey("person")
        .setHeader("Personne")
        .setAutoWidth(true)
        .setFlexGrow(1);
    addColumn(QueueGrid::start)
        .setKey("startDate")
        .setHeader("Début de l'attente")
        .setAutoWidth(true);
    addComponentColumn(QueueGrid::waiting)
        .setKey("waiting")
        .setHeader("Attente")
        .setAutoWidth(true);
    addColumn(QueueItem::stateLabel).setKey("state").setHeader("État").setAutoWidth(true);
    addComponentColumn(QueueGrid::proposal)
        .setKey("proposal")
        .setHeader("Proposition")
        .setAutoWidth(true);
    getColumns().forEach(c -> c.setSortable(false));
  }

  private final java.util.Map<java.util.UUID, QueueItem> ticked = new java.util.LinkedHashMap<>();

  /**
   * A first column of check boxes, each named after its person for screen readers (the grid's own
   * selection column has unnamed ones); ticks survive scrolling and are kept by orientation id.
   */
  void enableTicks(java.util.function.IntConsumer onChange) {
    Grid.Column<QueueItem> column =
        addComponentColumn(
                item -> {
                  com.vaadin.flow.component.checkbox.Checkbox box =
                      new com.vaadin.flow.component.checkbox.Checkbox(
                          ticked.containsKey(item.orientationId()));
                  box.setAriaLabel(
                      "Cocher "
                          + OrientationTexts.person(item.lastName(), item.firstNames())
                          + " pour la validation groupée");
                  box.addValueChangeListener(
                      e -> {
                        if (e.getValue()) {
                          ticked.put(item.orientationId(), item);
                        } else {
                          ticked.remove(item.orientationId());
                        }
                        onChange.accept(ticked.size());
                      });
                  return box;
                })
            .setKey("tick")
            .setHeader("Choix")
            .setWidth("5em")
            .setFlexGrow(0);
    java.util.List<Grid.Column<QueueItem>> order = new java.util.ArrayList<>(getColumns());
    order.remove(column);
    order.add(0, column);
    setColumnOrder(order);
  }

  java.util.Map<java.util.UUID, QueueItem> ticked() {
    return new java.util.LinkedHashMap<>(ticked);
  }

  void clearTicks() {
    ticked.clear();
  }

  private static Component person(QueueItem item) {
    RouterLink link =
        new RouterLink(
            OrientationTexts.person(item.lastName(), item.firstNames()),
            BeneficiaryView.class,
            BeneficiaryView.parameters(item.beneficiaryId()));
    link.addClassName("queue-person");
    link.getElement().setAttribute("data-orientation", item.orientationId().toString());
    return link;
  }

  /** The date the wait is counted from, and which date it is (never a made-up claim date). */
  static String start(QueueItem item) {
    String what =
        switch (item.startBasis()) {
          case RIGHTS_AND_DUTIES -> "droits et devoirs";
          case CLAIM -> "demande de RSA";
          case LISTED -> "arrivée sur la liste";
        };
    return Formats.day(item.startDate()) + " (" + what + ")";
  }

  private static Component waiting(QueueItem item) {
    Span days = new Span(OrientationTexts.days(item.waitingDays()));
    days.addClassName("queue-waiting-days");
    Span cell = new Span(days);
    if (item.overdue()) {
      cell.add(new Span(" "), Badges.overdue());
    }
    return cell;
  }

  private static Component proposal(QueueItem item) {
    Span pathway = new Span(OrientationTexts.pathwayLabel(item.proposedPathway()));
    pathway.addClassName("queue-pathway");
    if (item.proposedPathway() == null) {
      pathway.addClassName("secondary");
    }
    Span cell = new Span(pathway);
    if (item.needsReview()) {
      cell.add(new Span(" "), ReviewBadge.create());
    }
    return cell;
  }
}
