package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.ui.kit.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * Above the calendar: the week shown in words, the buttons to go from week to week, and the
 * structure filter; any change asks the calendar to reload.
 */
class CalendarControls extends HorizontalLayout {
  private final Runnable onChange;
  private final Paragraph week = new Paragraph();
  private final StructureSelect structure =
      new StructureSelect("calendar-structure", "Structure (département)", true);
  private LocalDate thisWeek;
  private LocalDate monday;

  CalendarControls(Runnable onChange) {
    this.onChange = onChange;
    setId("calendar-controls");
    setWrap(true);
    setAlignItems(FlexComponent.Alignment.END);
    week.setId("week-label");
    week.getElement().setAttribute("aria-live", "polite");
    week.getStyle().set("font-weight", "600").set("margin", "0");
    Button previous =
        new Button("Semaine précédente", VaadinIcon.ANGLE_LEFT.create(), click -> go(-1));
    previous.setId("week-previous");
    Button current = new Button("Cette semaine", click -> show(thisWeek));
    current.setId("week-current");
    Button next = new Button("Semaine suivante", VaadinIcon.ANGLE_RIGHT.create(), click -> go(1));
    next.setId("week-next");
    next.setIconAfterText(true);
    HorizontalLayout buttons = new HorizontalLayout(previous, current, next);
    buttons.setWrap(true);
    buttons.getElement().setAttribute("role", "group");
    buttons.getElement().setAttribute("aria-label", "Changer de semaine");
    Div weeks = new Div(week, buttons);
    weeks.setId("week-navigation");
    structure.addValueChangeListener(e -> onChange.run());
    add(weeks, structure);
  }

  /** Starts on the week of that day, without reloading. */
  void start(LocalDate today) {
    thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    monday = thisWeek;
    week.setText(Formats.week(monday));
  }

  void setStructures(List<StructureOption> structures) {
    structure.setStructures(structures);
  }

  /** The Monday of the week shown. */
  LocalDate monday() {
    return monday;
  }

  /** The chosen structure, or null for all of them. */
  UUID structureId() {
    return structure.structureId();
  }

  private void go(int weeks) {
    show(monday.plusWeeks(weeks));
  }

  private void show(LocalDate newMonday) {
    monday = newMonday;
    week.setText(Formats.week(monday));
    onChange.run();
  }
}
