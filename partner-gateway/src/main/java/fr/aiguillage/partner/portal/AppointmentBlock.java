package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.Appointments.BookingInput;
import fr.aiguillage.appointment.SlotCalendar;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Premier rendez-vous" on an accepted referral's page: the booked appointment and what can be done
 * with it (move or cancel it before it begins, record attendance once it has begun), the one the
 * person came to, or else the button to book one; the earlier appointments below. Every change asks
 * the page to reload.
 */
class AppointmentBlock extends Section {
  static final String ID = "appointment-block";
  static final String BOOKED = "BOOKED";
  static final String SEEN = "SEEN";
  static final int DAYS_AHEAD = 28;

  private final Appointments appointments;
  private final SlotCalendar calendar;
  private final Clock clock;
  private final Runnable onChange;
  private final H2 heading = new H2("Premier rendez-vous");
  private final Div body = new Div();
  private final BookDialog bookDialog = new BookDialog(this::book);
  private final MoveDialog moveDialog = new MoveDialog(this::move);
  private final CancelAppointmentDialog cancelDialog = new CancelAppointmentDialog(this::cancel);
  private final AttendanceDialog attendanceDialog;
  private UUID referralId;
  private UUID structureId;
  private AppointmentDetails current;

  AppointmentBlock(
      Appointments appointments, SlotCalendar calendar, Clock clock, Runnable onChange) {
    this.appointments = appointments;
    this.calendar = calendar;
    this.clock = clock;
    this.onChange = onChange;
    this.attendanceDialog = new AttendanceDialog(appointments, this::changed);
    setId(ID);
    addClassName("portal-section");
    heading.setId(ID + "-title");
    heading.getElement().setAttribute("tabindex", "-1");
    getElement().setAttribute("aria-labelledby", ID + "-title");
    body.setId(ID + "-body");
    add(heading, body, bookDialog, moveDialog, cancelDialog, attendanceDialog);
  }

  /** Shows the appointments of the referral, addressed to that structure. */
  void show(UUID referralId, UUID structureId) {
    this.referralId = referralId;
    this.structureId = structureId;
    body.removeAll();
    current = null;
    List<AppointmentDetails> all;
    try {
      all = appointments.ofReferral(referralId);
    } catch (DomainException e) {
      body.add(new Paragraph(e.getMessage()));
      return;
    }
    current = all.stream().filter(a -> BOOKED.equals(a.status())).findFirst().orElse(null);
    Optional<AppointmentDetails> held =
        all.stream().filter(a -> SEEN.equals(a.status())).findFirst();
    if (current != null) {
      body.add(booked(current));
    } else if (held.isPresent()) {
      body.add(held(held.get()));
    } else {
      body.add(unbooked());
    }
    List<AppointmentDetails> past = all.stream().filter(a -> !BOOKED.equals(a.status())).toList();
    if (!past.isEmpty()) {
      body.add(history(past));
    }
  }

  /** The person came: the accompaniment has begun, there is no first appointment to book. */
  private static Paragraph held(AppointmentDetails a) {
    Paragraph held =
        new Paragraph(
            "La personne est venue au premier rendez-vous du "
                + Slots.when(a.startsAt())
                + " : son accompagnement a commencé.");
    held.setId("appointment-held");
    return held;
  }

  private Div unbooked() {
    Paragraph none =
        new Paragraph(
            "Aucun rendez-vous n'est fixé. Choisissez l'un des créneaux libres de la structure : la"
                + " personne reçoit aussitôt sa convocation.");
    none.setId("appointment-none");
    Button book =
        new Button(
            "Fixer le rendez-vous",
            VaadinIcon.CALENDAR_CLOCK.create(),
            click -> freeSlots().ifPresent(bookDialog::open));
    book.setId("book-appointment");
    book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return new Div(none, actions(book));
  }

  private Div booked(AppointmentDetails a) {
    Div shown = new Div(ReferralFacts.appointment(a));
    if (a.startsAt().isAfter(clock.instant())) {
      Button move =
          new Button(
              "Déplacer",
              VaadinIcon.EXCHANGE.create(),
              click -> freeSlots().ifPresent(free -> moveDialog.open(a.startsAt(), free)));
      move.setId("move-appointment");
      Button cancel =
          new Button(
              "Annuler le rendez-vous",
              VaadinIcon.CLOSE.create(),
              click -> cancelDialog.open(a.startsAt()));
      cancel.setId("cancel-appointment");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      shown.add(actions(move, cancel));
    } else {
      Paragraph begun =
          new Paragraph(
              "Le rendez-vous a commencé : notez si la personne est venue. Sa venue commence"
                  + " l'accompagnement.");
      begun.setId("appointment-begun");
      Button attendance =
          new Button(
              "Noter la présence",
              VaadinIcon.CHECK_SQUARE_O.create(),
              click -> attendanceDialog.open(a.id(), a.personName(), a.startsAt()));
      attendance.setId("record-attendance");
      attendance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      shown.add(begun, actions(attendance));
    }
    return shown;
  }

  /** The earlier appointments: moved, cancelled, or held (or missed). */
  private static Div history(List<AppointmentDetails> past) {
    H3 title = new H3("Rendez-vous précédents");
    title.setId("appointment-history-title");
    UnorderedList list = new UnorderedList();
    list.setId("appointment-history");
    list.getElement().setAttribute("aria-labelledby", "appointment-history-title");
    for (AppointmentDetails a : past) {
      ListItem item =
          new ListItem(
              new Span(Slots.when(a.startsAt()) + " — " + a.modalityLabel() + " "),
              PortalBadges.appointment(a.status(), a.statusLabel()));
      if (a.endedReason() != null && !a.endedReason().isBlank()) {
        item.add(new Span(" Motif : " + a.endedReason()));
      }
      item.getElement().setAttribute("data-appointment", a.id().toString());
      list.add(item);
    }
    return new Div(title, list);
  }

  private static HorizontalLayout actions(Button... buttons) {
    HorizontalLayout actions = new HorizontalLayout(buttons);
    actions.setWrap(true);
    actions.addClassName("portal-actions");
    return actions;
  }

  /** The structure's free slots for the four weeks to come, or nothing if they cannot be read. */
  private Optional<List<SlotDetails>> freeSlots() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.PARIS);
    try {
      return Optional.of(calendar.calendar(today, today.plusDays(DAYS_AHEAD), structureId, true));
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      return Optional.empty();
    }
  }

  private void book(UUID slotId) {
    ServiceCalls.fromDialog(
        bookDialog,
        () -> appointments.book(new BookingInput(referralId, slotId, null)),
        bookDialog::showErrors,
        done(
            a ->
                "Rendez-vous fixé : "
                    + Slots.when(a.startsAt())
                    + ". La personne reçoit sa convocation."),
        this::changed);
  }

  private void move(UUID slotId, String reason) {
    if (current == null) {
      return;
    }
    UUID id = current.id();
    ServiceCalls.fromDialog(
        moveDialog,
        () -> appointments.reschedule(id, slotId, reason),
        moveDialog::showErrors,
        done(
            a ->
                "Rendez-vous déplacé au "
                    + Slots.when(a.startsAt())
                    + ". La personne en est informée."),
        this::changed);
  }

  private void cancel(String reason) {
    if (current == null) {
      return;
    }
    UUID id = current.id();
    ServiceCalls.fromDialog(
        cancelDialog,
        () -> appointments.cancel(id, reason),
        cancelDialog::showErrors,
        done(a -> "Rendez-vous annulé. La personne en est informée."),
        this::changed);
  }

  private Consumer<AppointmentDetails> done(Function<AppointmentDetails, String> say) {
    return a -> {
      Notices.success(say.apply(a));
      changed();
    };
  }

  /** The page reloads; the focus goes back to the block's heading. */
  private void changed() {
    onChange.run();
    heading.getElement().callJsFunction("focus");
  }
}
