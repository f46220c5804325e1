package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.ui.kit.Formats;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One slot of the calendar: its hours, how and where, with whom, in which structure and
 * département; then "Libre" (and the button to withdraw it while it is to come) or the person and
 * the appointment's status (and the button to record attendance once a booked one has begun). The
 * status is in words; the left border only repeats it.
 */
class SlotItem extends ListItem {
  static final String BOOKED = "BOOKED";

  SlotItem(
      SlotDetails s,
      Instant now,
      Consumer<SlotDetails> onWithdraw,
      Consumer<SlotDetails> onAttendance) {
    addClassName("calendar-slot");
    getElement().setAttribute("data-slot", s.id().toString());
    getStyle()
        .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("overflow-wrap", "anywhere");
    Span hours = new Span(Formats.hours(s.startsAt(), s.endsAt()));
    hours.addClassName("calendar-slot-hours");
    hours.getStyle().set("font-weight", "600");
    add(new Div(hours), line("calendar-slot-modality", how(s)));
    if (s.referentName() != null && !s.referentName().isBlank()) {
      add(line("calendar-slot-referent", "Référent : " + s.referentName()));
    }
    add(line("calendar-slot-structure", where(s)));
    Div state = new Div();
    state.addClassName("calendar-slot-state");
    boolean past = !s.startsAt().isAfter(now);
    if (s.appointment() == null) {
      border("var(--lumo-success-color)");
      state.add(PortalBadges.free());
      if (!past && !BOOKED.equals(s.status())) {
        Button withdraw = new Button("Retirer", click -> onWithdraw.accept(s));
        withdraw.addClassName("slot-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        withdraw.setAriaLabel("Retirer le " + name(s));
        state.add(new Span(" "), withdraw);
      }
    } else {
      SlotDetails.Booked a = s.appointment();
      border(
          BOOKED.equals(a.status()) ? "var(--lumo-primary-color)" : "var(--lumo-contrast-50pct)");
      state.add(person(a), new Span(" "), PortalBadges.appointment(a.status(), a.statusLabel()));
      if (past && BOOKED.equals(a.status())) {
        Button attendance = new Button("Noter la présence", click -> onAttendance.accept(s));
        attendance.addClassName("slot-attendance");
        attendance.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        attendance.setAriaLabel(
            "Noter la présence de " + personName(a) + " au rendez-vous de " + when(s));
        state.add(new Div(attendance));
      }
    }
    add(state);
  }

  /** "créneau de 10h00 le lundi 23 novembre". */
  static String name(SlotDetails s) {
    return "créneau de " + when(s);
  }

  /** "10h00 le lundi 23 novembre". */
  private static String when(SlotDetails s) {
    return Formats.hour(s.startsAt()) + " le " + Formats.weekday(Formats.parisDay(s.startsAt()));
  }

  private static String how(SlotDetails s) {
    return s.location() == null || s.location().isBlank()
        ? s.modalityLabel()
        : s.modalityLabel() + " — " + s.location();
  }

  private static String where(SlotDetails s) {
    String structure = s.structureName() == null ? "" : s.structureName();
    String departement = s.departement() == null ? "" : s.departement();
    if (departement.isEmpty()) {
      return structure;
    }
    return structure.isEmpty()
        ? "Département " + departement
        : structure + " (" + departement + ")";
  }

  private static Component person(SlotDetails.Booked a) {
    String name = personName(a);
    if (a.referralId() == null) {
      return new Span(name);
    }
    RouterLink link =
        new RouterLink(name, ReferralView.class, ReferralView.parameters(a.referralId()));
    link.addClassName("calendar-slot-person");
    return link;
  }

  private static String personName(SlotDetails.Booked a) {
    return a.personName() == null || a.personName().isBlank() ? "la personne" : a.personName();
  }

  private static Div line(String className, String text) {
    Div line = new Div(text);
    line.addClassName(className);
    return line;
  }

  private void border(String color) {
    getStyle().set("border-inline-start", "4px solid " + color);
  }
}
