package fr.aiguillage.ui.statistics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.List;

/** The filters' bar of both dashboards, and their months' selects. */
final class Filters {
  private Filters() {}

  /** A group of filters, wrapping on narrow screens, announced by {@code label}. */
  static FlexLayout bar(String label, Component... filters) {
    FlexLayout bar = new FlexLayout(filters);
    bar.setId("statistics-filters");
    bar.addClassName("statistics-filters");
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    bar.getElement().setAttribute("role", "group");
    bar.getElement().setAttribute("aria-label", label);
    return bar;
  }

  /**
   * Whether the period chosen can be read: both months set, the first not after the last (else the
   * first says why).
   */
  static boolean periodChosen(Select<YearMonth> from, Select<YearMonth> to) {
    from.setInvalid(false);
    if (from.getValue() == null || to.getValue() == null) {
      return false;
    }
    if (from.getValue().isAfter(to.getValue())) {
      from.setErrorMessage("Le début de la période est après sa fin.");
      from.setInvalid(true);
      return false;
    }
    return true;
  }

  /** A month's select among {@code months}, in French, set to {@code value}. */
  static void month(
      Select<YearMonth> select, String id, String label, List<YearMonth> months, YearMonth value) {
    select.setId(id);
    select.setLabel(label);
    select.setItems(months);
    select.setItemLabelGenerator(m -> StatisticsTexts.month(m.toString()));
    select.setValue(value);
  }
}
