package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.SlotCalendar;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.SlotInput;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.directory.Directory;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.ServiceCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * "Agenda": a week of the slots of the caller's organisation's structures, in every département it
 * works with, with the appointments booked on them. The partner publishes slots, withdraws free
 * ones and records whether the person came to an appointment that has begun.
 */
@Dependent
@Route(value = CalendarView.ROUTE, layout = PortalLayout.class)
@PageTitle("Agenda — Aiguillage")
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "partenaires/agenda";

  private final Slots slots;
  private final SlotCalendar calendar;
  private final Directory directory;
  private final Clock clock;
  private final CalendarControls controls = new CalendarControls(this::reload);
  private final CalendarWeek week = new CalendarWeek(this::withdraw, this::attendance);
  private final PublishDialog publishDialog = new PublishDialog(this::publish);
  private final AttendanceDialog attendanceDialog;
  private List<StructureOption> structures = List.of();
  private LocalDate changedDay;

  @Inject
  public CalendarView(
      Slots slots,
      SlotCalendar calendar,
      Appointments appointments,
      Directory directory,
      Clock clock) {
    this.slots = slots;
    this.calendar = calendar;
    this.directory = directory;
    this.clock = clock;
    this.attendanceDialog = new AttendanceDialog(appointments, this::afterAttendance);
    setId("partner-calendar");
    H1 title = PageHeading.title("Agenda des rendez-vous");
    Paragraph explanation =
        PageHeading.explanation(
            "calendar-explanation",
            "Les créneaux de vos structures, dans tous les départements, semaine par semaine, avec"
                + " les rendez-vous fixés. Un créneau libre à venir peut être retiré ; une fois un"
                + " rendez-vous commencé, notez si la personne est venue.");
    explanation.addClassName("secondary");
    Button publish =
        new Button(
            "Publier des créneaux",
            VaadinIcon.PLUS.create(),
            click -> publishDialog.open(structures, controls.structureId(), firstDay(), today()));
    publish.setId("publish-slots");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(title, explanation, publish, controls, week, publishDialog, attendanceDialog);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    structures = directory.myPartnerStructures().stream().map(StructureOption::of).toList();
    controls.start(today());
    controls.setStructures(structures);
    reload();
  }

  private void reload() {
    LocalDate monday = controls.monday();
    List<SlotDetails> shown;
    try {
      shown = calendar.calendar(monday, monday.plusDays(7), controls.structureId(), false);
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      shown = List.of();
    }
    week.show(monday, today(), clock.instant(), shown);
  }

  private void withdraw(SlotDetails s) {
    LocalDate day = Formats.parisDay(s.startsAt());
    try {
      slots.withdraw(s.id());
      Notices.success("Le " + SlotItem.name(s) + " est retiré.");
    } catch (DomainException e) {
      Notices.error(e.getMessage());
    }
    reload();
    week.focusDay(day);
  }

  private void attendance(SlotDetails s) {
    SlotDetails.Booked a = s.appointment();
    if (a != null) {
      changedDay = Formats.parisDay(s.startsAt());
      attendanceDialog.open(a.id(), a.personName(), s.startsAt());
    }
  }

  /** The button pressed is gone with the change: the focus goes to its day's heading. */
  private void afterAttendance() {
    reload();
    if (changedDay != null) {
      week.focusDay(changedDay);
    }
  }

  private void publish(SlotInput input) {
    ServiceCalls.fromDialog(
        publishDialog,
        () -> slots.publish(input),
        publishDialog::showErrors,
        published -> {
          Notices.success(publishedText(published));
          reload();
        },
        this::reload);
  }

  /** "3 créneau(x) publié(s)", "2 créneau(x) publié(s), 1 déjà là". */
  static String publishedText(Slots.Published p) {
    return p.created()
        + " créneau(x) publié(s)"
        + (p.alreadyThere() > 0 ? ", " + p.alreadyThere() + " déjà là" : "");
  }

  /** The day offered first when publishing: the week's Monday, or today if it is past. */
  private LocalDate firstDay() {
    LocalDate today = today();
    return controls.monday().isBefore(today) ? today : controls.monday();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Formats.PARIS);
  }
}
