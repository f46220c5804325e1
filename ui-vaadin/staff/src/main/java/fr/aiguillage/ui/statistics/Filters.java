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
