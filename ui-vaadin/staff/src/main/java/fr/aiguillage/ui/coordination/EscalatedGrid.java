package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.orientation.Coordination.EscalatedReferral;
import fr.aiguillage.ui.beneficiary.BeneficiaryView;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The referrals that got no answer before their due date, the oldest first. The name links to the
 * person's page, where a new orientation can be decided.
 */
class EscalatedGrid extends Grid<EscalatedReferral> {
  static final String EMPTY =
      "Aucune orientation sans réponse : toutes les structures ont répondu dans le délai.";

  /** Up to this many rows the grid shows them all; beyond, it scrolls. */
  static final int ALL_VISIBLE = 20;

  EscalatedGrid() {
    setId("escalated-grid");
    setAriaLabel("Orientations restées sans réponse des structures, la plus ancienne en premier");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    setEmptyStateText(EMPTY);
    addComponentColumn(EscalatedGrid::person)
        .setKey("person")
        .setHeader("Personne")
        .setComparator(
            CoordinationTexts.<EscalatedReferral>alphabetical(
                e -> CoordinationTexts.person(e.lastName(), e.firstNames())))
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(1);
    addColumn(EscalatedReferral::structureName)
        .setKey("structure")
        .setHeader("Structure")
        .setComparator(CoordinationTexts.alphabetical(EscalatedReferral::structureName))
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(1);
    date("sentAt", "Adressée le", EscalatedReferral::sentAt);
    date("dueAt", "Échéance", EscalatedReferral::dueAt);
    date("escalatedAt", "Remontée le", EscalatedReferral::escalatedAt);
  }

  void show(List<EscalatedReferral> referrals) {
    boolean few = referrals.size() <= ALL_VISIBLE;
    setAllRowsVisible(few);
    setHeight(few ? null : "28em");
    setItems(referrals);
  }

  private void date(String key, String header, Function<EscalatedReferral, Instant> value) {
    addColumn(e -> CoordinationTexts.day(value.apply(e)))
        .setKey(key)
        .setHeader(header)
        .setComparator(
            Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())))
        .setSortable(true)
        .setAutoWidth(true);
  }

  private static Component person(EscalatedReferral e) {
    RouterLink link =
        new RouterLink(
            CoordinationTexts.person(e.lastName(), e.firstNames()),
            BeneficiaryView.class,
            BeneficiaryView.parameters(e.beneficiaryId()));
    link.addClassName("escalated-person");
    link.getElement().setAttribute("data-referral", e.referralId().toString());
    return link;
  }
}
