package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import fr.aiguillage.orientation.ResponseTimes.StructureResponses;
import fr.aiguillage.ui.kit.Formats;
import java.util.Comparator;
import java.util.function.Function;

/**
 * One row per structure addressed over the period: its referrals by outcome, its answer times, and
 * what followed (first appointments held, no-shows). Numbers are right-aligned; "—" means not
 * enough data yet.
 */
class ResponseGrid extends Grid<StructureResponses> {
  ResponseGrid() {
    setId("response-grid");
    setAriaLabel("Réponse des structures sur la période choisie");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    setAllRowsVisible(true);
    setEmptyStateText(ResponseTexts.NOTHING);
    text("structure", "Structure", StructureResponses::structureName);
    text("organisation", "Organisation partenaire", ResponseTexts::organisation);
    number("sent", "Adressées", StructureResponses::sent);
    number("pending", "En attente", StructureResponses::pending);
    number("accepted", "Acceptées", StructureResponses::accepted);
    measure(
        "refused",
        "Refusées",
        r -> ResponseTexts.countAndRate(r.refused(), r.refusalRate()),
        byValue(StructureResponses::refusalRate).thenComparingLong(StructureResponses::refused));
    number("expired", "Expirées", StructureResponses::expired);
    measure(
        "median",
        "Délai médian",
        r -> ResponseTexts.duration(r.medianAnswerHours()),
        byValue(StructureResponses::medianAnswerHours));
    measure(
        "p90",
        "90\u00a0% répondent en",
        r -> ResponseTexts.duration(r.p90AnswerHours()),
        byValue(StructureResponses::p90AnswerHours));
    number("held", "Premiers rendez-vous honorés", StructureResponses::appointmentsHeld);
    measure(
        "noShows",
        "Absences",
        r -> ResponseTexts.countAndRate(r.noShows(), r.noShowRate()),
        byValue(StructureResponses::noShowRate).thenComparingLong(StructureResponses::noShows));
    measure(
        "firstAppointment",
        "Jours jusqu'au 1er rendez-vous (médiane)",
        r -> ResponseTexts.days(r.medianDaysToFirstAppointment()),
        byValue(StructureResponses::medianDaysToFirstAppointment));
  }

  private void text(String key, String header, ValueProvider<StructureResponses, String> value) {
    addColumn(value)
        .setKey(key)
        .setHeader(header)
        .setComparator(CoordinationTexts.alphabetical(value::apply))
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(1);
  }

  private void number(String key, String header, ValueProvider<StructureResponses, Long> value) {
    measure(key, header, r -> Formats.thousands(value.apply(r)), Comparator.comparing(value));
  }

  private void measure(
      String key,
      String header,
      ValueProvider<StructureResponses, String> text,
      Comparator<StructureResponses> order) {
    addColumn(text)
        .setKey(key)
        .setHeader(header)
        .setComparator(order)
        .setSortable(true)
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
  }

  /** Ascending, the structures without data first. */
  private static Comparator<StructureResponses> byValue(
      Function<StructureResponses, Double> value) {
    return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
  }
}
