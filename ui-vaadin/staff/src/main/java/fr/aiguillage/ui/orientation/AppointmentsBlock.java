package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "Premier rendez-vous": the booked appointment first, then the earlier ones and how they ended;
 * the step it allows (book on a free slot, cancel, record attendance). Shown once the structure has
 * accepted the person, or while appointments exist.
 */
class AppointmentsBlock extends Section {
  /** The states in which a first appointment is to be booked, is booked or was held. */
  static final Set<OrientationState> WITH_APPOINTMENT =
      EnumSet.of(
          OrientationState.ACCEPTED,
          OrientationState.APPOINTMENT_BOOKED,
          OrientationState.ACCOMPANIED);

  static final String BOOKED = "BOOKED";

  private final Div current = new Div();
  private final Paragraph none = new Paragraph("Aucun rendez-vous fixé pour l'instant.");
  private final H4 historyTitle = new H4("Rendez-vous précédents");
  private final UnorderedList history = new UnorderedList();
  private final Button book =
      new Button("Fixer le premier rendez-vous", VaadinIcon.CALENDAR.create());
  private final Button cancel = new Button("Annuler le rendez-vous");
  private final Button attendance = new Button("Noter la présence");
  private final HorizontalLayout actions = new HorizontalLayout(book, cancel, attendance);
  private AppointmentDetails booked;

  AppointmentsBlock(
      Runnable onBook,
      Consumer<AppointmentDetails> onCancel,
      Consumer<AppointmentDetails> onAttendance) {
    setId("appointments-block");
    addClassName("orientation-block");
    H3 title = new H3("Premier rendez-vous");
    title.setId("appointments-title");
    getElement().setAttribute("aria-labelledby", "appointments-title");
    current.setId("appointment-current");
    current.addClassName("appointment-current");
    none.setId("appointments-none");
    none.addClassName("secondary");
    historyTitle.setId("appointments-history-title");
    history.setId("appointments-history");
    book.setId("staff-book-appointment");
    book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    book.addClickListener(click -> onBook.run());
    cancel.setId("staff-cancel-appointment");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(click -> onCancel.accept(booked));
    attendance.setId("staff-record-attendance");
    attendance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    attendance.addClickListener(click -> onAttendance.accept(booked));
    actions.setId("appointment-actions");
    actions.setWrap(true);
    actions.getElement().setAttribute("role", "group");
    actions.getElement().setAttribute("aria-label", "Étapes du premier rendez-vous");
    add(title, current, none, actions, historyTitle, history);
    setVisible(false);
  }

  /** The orientation's appointments, latest first, and the step they allow at {@code now}. */
  void show(OrientationFile file, List<AppointmentDetails> appointments, Instant now) {
    setVisible(WITH_APPOINTMENT.contains(file.state()) || !appointments.isEmpty());
    booked = appointments.stream().filter(a -> BOOKED.equals(a.status())).findFirst().orElse(null);
    List<AppointmentDetails> earlier = appointments.stream().filter(a -> a != booked).toList();
    current.removeAll();
    current.setVisible(booked != null);
    if (booked != null) {
      showBooked(booked, now);
    }
    none.setVisible(
        booked == null && (earlier.isEmpty() || file.state() == OrientationState.ACCEPTED));
    book.setVisible(
        booked == null
            && file.state() == OrientationState.ACCEPTED
            && file.decision() != null
            && file.decision().structureId() != null);
    boolean started = booked != null && !booked.startsAt().isAfter(now);
    cancel.setVisible(booked != null && !started);
    attendance.setVisible(started);
    actions.setVisible(book.isVisible() || cancel.isVisible() || attendance.isVisible());
    historyTitle.setVisible(!earlier.isEmpty());
    history.removeAll();
    for (int i = 0; i < earlier.size(); i++) {
      history.add(item(earlier.get(i), i));
    }
  }

  private void showBooked(AppointmentDetails a, Instant now) {
    Paragraph when = new Paragraph(status(a), new Span(" "), new Span(Slots.when(a.startsAt())));
    when.addClassName("appointment-when");
    current.add(
        when,
        Facts.of(
            new Term("Structure"),
            new Description(a.structureName()),
            new Term("Référent"),
            new Description(orNone(a.referentName(), "non désigné")),
            new Term("Modalité et lieu"),
            new Description(AppointmentTexts.place(a.modalityLabel(), a.location())),
            new Term("Fixé par"),
            new Description(orNone(a.bookedBy(), "inconnu") + ", le " + Formats.at(a.bookedAt()))));
    if (!a.startsAt().isAfter(now)) {
      Paragraph due = new Paragraph("L'heure est passée : notez si la personne est venue.");
      due.setId("appointment-attendance-due");
      current.add(due);
    }
  }

  private static ListItem item(AppointmentDetails a, int index) {
    ListItem item =
        new ListItem(
            new Span(Slots.when(a.startsAt()) + ", " + a.structureName() + " : "), status(a));
    if (a.endedReason() != null && !a.endedReason().isBlank()) {
      item.add(new Span(" ; motif : " + a.endedReason()));
    }
    item.setId("appointment-" + index);
    item.getElement().setAttribute("data-status", String.valueOf(a.status()));
    return item;
  }

  private static Span status(AppointmentDetails a) {
    Span badge = Badges.of(a.statusLabel(), theme(a.status()));
    badge.addClassName("appointment-status");
    badge.getElement().setAttribute("data-status", String.valueOf(a.status()));
    return badge;
  }

  static String theme(String status) {
    return switch (String.valueOf(status)) {
      case BOOKED, "SEEN" -> "success";
      case "NO_SHOW" -> "error";
      default -> "contrast";
    };
  }

  private static String orNone(String value, String none) {
    return value == null || value.isBlank() ? none : value;
  }
}
