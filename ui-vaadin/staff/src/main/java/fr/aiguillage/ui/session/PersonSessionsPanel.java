package fr.aiguillage.ui.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fr.aiguillage.session.SessionRequests;
import fr.aiguillage.session.SessionView;
import fr.aiguillage.session.Sessions;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.ServiceCalls;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The "Sessions collectives" section of a person's page: the sessions they were invited to (and how
 * it went), and an invitation to one of the sessions to come that still have places.
 */
public class PersonSessionsPanel extends Section {
  static final int DAYS_AHEAD = 90;

  private final Sessions sessions;
  private final UnorderedList list = new UnorderedList();
  private final Paragraph none = new Paragraph("Aucune invitation à une session collective.");
  private final Select<SessionView.Summary> choice = new Select<>();
  private final Button invite = new Button("Inviter", VaadinIcon.ENVELOPE_O.create());
  private UUID personId;

  @Inject
  public PersonSessionsPanel(Sessions sessions) {
    this.sessions = sessions;
    setId("person-sessions");
    H2 title = new H2("Sessions collectives");
    title.setId("person-sessions-title");
    getElement().setAttribute("aria-labelledby", "person-sessions-title");
    none.addClassName("secondary");
    choice.setLabel("Inviter à la session du");
    choice.setId("person-session-choice");
    choice.setItemLabelGenerator(
        s ->
            Formats.at(s.startsAt())
                + " — "
                + s.kind()
                + " ("
                + s.remainingPlaces()
                + " place"
                + (s.remainingPlaces() > 1 ? "s" : "")
                + ")");
    choice.setEmptySelectionAllowed(false);
    invite.setId("person-session-invite");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    invite.addClickListener(e -> invite());
    HorizontalLayout row = new HorizontalLayout(choice, invite);
    row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    add(title, none, list, row);
  }

  public void show(UUID personId) {
    this.personId = personId;
    List<SessionView.PersonPlace> places =
        ServiceCalls.orElse(() -> sessions.ofPerson(personId), List.of());
    list.removeAll();
    places.forEach(p -> list.add(item(p)));
    none.setVisible(places.isEmpty());
    List<SessionView.Summary> open =
        ServiceCalls.orElse(() -> sessions.withPlaces(DAYS_AHEAD), List.of());
    choice.setItems(open);
    choice.setVisible(!open.isEmpty());
    invite.setVisible(!open.isEmpty());
  }

  private static ListItem item(SessionView.PersonPlace p) {
    SessionView.Person place = p.place();
    String how =
        place.declined()
            ? "désinscrite"
            : place.outcomeLabel() != null
                ? place.outcomeLabel()
                : place.attendanceLabel() != null ? place.attendanceLabel() : "invitée";
    Span text =
        new Span(
            Formats.at(p.session().startsAt())
                + " — "
                + p.session().kind()
                + " ("
                + p.session().stateLabel().toLowerCase(java.util.Locale.FRANCE)
                + ") : "
                + how
                + (place.walkIn() ? ", venue sans invitation" : ""));
    return new ListItem(text);
  }

  private void invite() {
    SessionView.Summary chosen = choice.getValue();
    if (chosen == null) {
      choice.setInvalid(true);
      choice.setErrorMessage("Choisissez une session.");
      return;
    }
    if (ServiceCalls.attempt(
            () ->
                sessions.invite(
                    chosen.id(), new SessionRequests.Invite(List.of(personId.toString()), null)))
        .isPresent()) {
      com.vaadin.flow.component.notification.Notification.show(
          "Invitation envoyée pour la session du " + Formats.at(chosen.startsAt()) + ".");
      show(personId);
    }
  }
}
