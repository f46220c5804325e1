package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.ui.kit.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A week of slots, Monday to Sunday: one section per day, headed by the day, its slots in the order
 * of time. Seven columns side by side on a wide screen, one under the other on a narrow one (the
 * columns are no narrower than a seventh of the width, and take the whole width below 48rem).
 */
class CalendarWeek extends Div {
  static final String GAP = "var(--lumo-space-s)";

  private final Consumer<SlotDetails> onWithdraw;
  private final Consumer<SlotDetails> onAttendance;

  CalendarWeek(Consumer<SlotDetails> onWithdraw, Consumer<SlotDetails> onAttendance) {
    this.onWithdraw = onWithdraw;
    this.onAttendance = onAttendance;
    setId("calendar");
    addClassName("calendar-week");
    setWidthFull();
    getStyle()
        .set("display", "grid")
        .set("gap", GAP)
        .set(
            "grid-template-columns",
            "repeat(auto-fit, minmax(clamp(calc((100% - 6 * "
                + GAP
                + ") / 7 - 1px), calc((48rem - 100%) * 999), 100%), 1fr))");
  }

  /** Shows the week beginning that Monday, with these slots. */
  void show(LocalDate monday, LocalDate today, Instant now, List<SlotDetails> slots) {
    removeAll();
    Map<LocalDate, List<SlotDetails>> byDay =
        slots.stream()
            .sorted(Comparator.comparing(SlotDetails::startsAt))
            .collect(Collectors.groupingBy(s -> Formats.parisDay(s.startsAt())));
    for (int i = 0; i < 7; i++) {
      LocalDate day = monday.plusDays(i);
      add(day(day, day.equals(today), now, byDay.getOrDefault(day, List.of())));
    }
  }

  /** Gives the focus to a day's heading, after a change in that day. */
  void focusDay(LocalDate day) {
    getElement()
        .executeJs(
            "const h = document.getElementById($0); if (h) { h.focus(); }", id(day) + "-title");
  }

  private Section day(LocalDate day, boolean today, Instant now, List<SlotDetails> slots) {
    String id = id(day);
    Section section = new Section();
    section.setId(id);
    section.addClassName("calendar-day");
    section.getElement().setAttribute("aria-labelledby", id + "-title");
    section.getStyle().set("min-width", "0");
    H2 heading = new H2(Formats.weekday(day));
    heading.setId(id + "-title");
    heading.getElement().setAttribute("tabindex", "-1");
    heading
        .getStyle()
        .set("font-size", "var(--lumo-font-size-m)")
        .set("margin", "var(--lumo-space-s) 0");
    section.add(heading);
    if (today) {
      section.addClassName("calendar-today");
      section.getElement().setAttribute("aria-current", "date");
      section.add(PortalBadges.today());
    }
    if (slots.isEmpty()) {
      Paragraph none = new Paragraph("Aucun créneau");
      none.addClassName("secondary");
      none.addClassName("calendar-day-empty");
      section.add(none);
      return section;
    }
    UnorderedList list = new UnorderedList();
    list.addClassName("calendar-slots");
    list.getStyle()
        .set("list-style", "none")
        .set("padding", "0")
        .set("margin", "var(--lumo-space-xs) 0")
        .set("display", "grid")
        .set("gap", "var(--lumo-space-xs)");
    slots.forEach(s -> list.add(new SlotItem(s, now, onWithdraw, onAttendance)));
    section.add(list);
    return section;
  }

  /** "day-2026-11-23". */
  private static String id(LocalDate day) {
    return "day-" + day;
  }
}
