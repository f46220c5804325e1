package fr.aiguillage.ui.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiarySearch;
import fr.aiguillage.beneficiary.BeneficiarySummary;
import fr.aiguillage.session.Attendance;
import fr.aiguillage.session.SessionRequests;
import fr.aiguillage.session.SessionState;
import fr.aiguillage.session.SessionView;
import fr.aiguillage.session.Sessions;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.util.Optional;
import java.util.UUID;

/**
 * The check-in at the door, made for a tablet: one card per person, four big buttons (Présent, En
 * retard, Excusé, Absent), the one chosen pressed; someone not invited comes in as a walk-in.
 */
class CheckInTab extends VerticalLayout {
  CheckInTab(
      Sessions sessions,
      Beneficiaries people,
      UUID id,
      SessionView.Details shown,
      Runnable refresh) {
    setPadding(false);
    setId("check-in-tab");
    if (shown.session().state() != SessionState.HELD) {
      Paragraph closed =
          new Paragraph(
              shown.session().state() == SessionState.PLANNED
                  ? "L'accueil n'est pas encore ouvert : « Ouvrir l'accueil » le jour de la"
                      + " session."
                  : "La session est « " + shown.session().stateLabel() + " ».");
      closed.setId("check-in-closed");
      add(closed);
    }
    boolean held = shown.session().state() == SessionState.HELD;
    H2 title = new H2("Accueil des personnes");
    add(title);
    Div cards = new Div();
    cards.addClassName("check-in-cards");
    cards.setId("check-in-cards");
    for (SessionView.Person p : shown.people()) {
      if (p.declined()) {
        continue;
      }
      Div card = new Div();
      card.addClassName("check-in-card");
      card.getElement().setAttribute("data-person", p.personId().toString());
      card.getElement().setAttribute("role", "group");
      String headingId = "check-in-name-" + p.personId();
      H3 name = new H3(p.name() + (p.walkIn() ? " (sans invitation)" : ""));
      name.setId(headingId);
      card.getElement().setAttribute("aria-labelledby", headingId);
      Paragraph now =
          new Paragraph(
              p.attendance() == null ? "Pas encore passé(e) à l'accueil" : p.attendanceLabel());
      now.addClassName("check-in-status");
      HorizontalLayout buttons = new HorizontalLayout();
      buttons.setWrap(true);
      for (Attendance a : Attendance.values()) {
        Button b =
            new Button(
                label(a),
                e -> {
                  if (ServiceCalls.attempt(
                          () ->
                              sessions.checkIn(
                                  id,
                                  new SessionRequests.CheckIn(p.personId().toString(), a.name())))
                      .isPresent()) {
                    refresh.run();
                  }
                });
        b.addClassName("check-in-button");
        b.addClassName("check-in-" + a.name().toLowerCase());
        b.addThemeVariants(ButtonVariant.LUMO_LARGE);
        boolean chosen = a == p.attendance();
        if (chosen) {
          b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        b.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        b.setEnabled(held);
        buttons.add(b);
      }
      card.add(name, now, buttons);
      cards.add(card);
    }
    add(cards);
    if (held) {
      add(walkIn(sessions, people, id, refresh));
    }
  }

  private static Div walkIn(Sessions sessions, Beneficiaries people, UUID id, Runnable refresh) {
    Div box = new Div();
    box.setId("walk-in");
    box.add(new H2("Une personne sans invitation"));
    ComboBox<BeneficiarySummary> search = new ComboBox<>("Rechercher la personne (nom)");
    search.setId("walk-in-search");
    search.setWidth("min(32em, 100%)");
    search.setItemLabelGenerator(
        b -> b.lastName() + " " + b.firstNames() + " — né(e) le " + Formats.day(b.birthDate()));
    search.setItems(
        q -> {
          String text = q.getFilter().orElse("").strip();
          if (text.length() < 2) {
            // a lazy fetch must read its limit and offset, even when it answers nothing
            q.getLimit();
            q.getOffset();
            return java.util.stream.Stream.empty();
          }
          return people
              .search(
                  new BeneficiarySearch(
                      Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty()),
                  new PageRequest(q.getPage(), q.getPageSize()))
              .items()
              .stream();
        });
    Button present =
        new Button(
            "Accueillir : présent(e)",
            e -> {
              BeneficiarySummary b = search.getValue();
              if (b == null) {
                search.setErrorMessage("Choisissez d'abord la personne.");
                search.setInvalid(true);
                return;
              }
              if (ServiceCalls.attempt(
                      () ->
                          sessions.checkIn(
                              id,
                              new SessionRequests.CheckIn(
                                  b.id().toString(), Attendance.PRESENT.name())))
                  .isPresent()) {
                refresh.run();
              }
            });
    present.setId("walk-in-present");
    present.addThemeVariants(ButtonVariant.LUMO_LARGE);
    HorizontalLayout line = new HorizontalLayout(search, present);
    line.setAlignItems(Alignment.BASELINE);
    line.setWrap(true);
    box.add(line);
    return box;
  }

  static String label(Attendance a) {
    return switch (a) {
      case PRESENT -> "Présent";
      case LATE -> "En retard";
      case EXCUSED -> "Excusé";
      case ABSENT -> "Absent";
    };
  }
}
