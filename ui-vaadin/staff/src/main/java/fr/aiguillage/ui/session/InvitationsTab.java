package fr.aiguillage.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.aiguillage.session.SessionRequests;
import fr.aiguillage.session.SessionState;
import fr.aiguillage.session.SessionView;
import fr.aiguillage.session.Sessions;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.util.List;
import java.util.UUID;

/**
 * Who to invite (the queue: the longest wait first) and who is invited. "Inviter les N premiers"
 * takes the head of the queue; ticking people invites those.
 */
class InvitationsTab extends VerticalLayout {
  static final int QUEUE_SHOWN = 200;

  InvitationsTab(Sessions sessions, UUID id, SessionView.Details shown, Runnable refresh) {
    setPadding(false);
    setId("invitations-tab");
    SessionView.Summary s = shown.session();
    boolean open = s.state() == SessionState.PLANNED || s.state() == SessionState.HELD;
    Paragraph remaining = new Paragraph(s.remainingPlaces() + " place(s) restante(s)");
    remaining.setId("remaining-places");
    remaining.addClassName("session-remaining");
    add(remaining);
    if (open && s.remainingPlaces() > 0) {
      H2 queueTitle = new H2("Personnes à inviter");
      Paragraph help =
          new Paragraph(
              "Les personnes qui attendent leur orientation"
                  + (s.territoryName() == null ? "" : " sur le territoire " + s.territoryName())
                  + ", de la plus longue attente à la plus courte.");
      Grid<SessionView.Candidate> queue = new Grid<>();
      queue.setId("candidates-grid");
      queue.setAriaLabel("Personnes à inviter, de la plus longue attente à la plus courte");
      queue.setEmptyStateText("Personne n'attend d'invitation.");
      // check boxes named after their person (the grid's own selection column has unnamed ones)
      java.util.Set<UUID> ticked = new java.util.LinkedHashSet<>();
      queue
          .addComponentColumn(
              c -> {
                com.vaadin.flow.component.checkbox.Checkbox box =
                    new com.vaadin.flow.component.checkbox.Checkbox(ticked.contains(c.personId()));
                box.setAriaLabel("Choisir " + c.name());
                box.addClassName("candidate-tick");
                box.getElement().setAttribute("data-person", c.personId().toString());
                box.addValueChangeListener(
                    e -> {
                      if (Boolean.TRUE.equals(e.getValue())) {
                        ticked.add(c.personId());
                      } else {
                        ticked.remove(c.personId());
                      }
                    });
                return box;
              })
          .setHeader("Choisir")
          .setAutoWidth(true)
          .setFlexGrow(0);
      queue.addColumn(SessionView.Candidate::name).setHeader("Personne").setFlexGrow(1);
      queue
          .addColumn(c -> Formats.day(c.waitingSince()) + " (" + c.waitingFrom() + ")")
          .setHeader("En attente depuis")
          .setAutoWidth(true);
      queue.addColumn(c -> c.daysWaiting() + " jours").setHeader("Attente").setAutoWidth(true);
      List<SessionView.Candidate> candidates =
          ServiceCalls.orElse(() -> sessions.candidates(id, QUEUE_SHOWN), List.of());
      queue.setItems(candidates);
      queue.setHeight("24em");
      IntegerField first = new IntegerField("Nombre de personnes");
      first.setId("invite-count");
      first.setMin(1);
      first.setMax(Math.max(1, s.remainingPlaces()));
      first.setValue(Math.max(1, Math.min(s.remainingPlaces(), candidates.size())));
      first.setStepButtonsVisible(true);
      Button inviteFirst =
          new Button(
              "Inviter les N premiers",
              e -> {
                if (invited(
                    ServiceCalls.attempt(
                        () ->
                            sessions.invite(
                                id, new SessionRequests.Invite(null, first.getValue()))))) {
                  refresh.run();
                }
              });
      inviteFirst.setId("invite-first");
      inviteFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      first.addValueChangeListener(
          e ->
              inviteFirst.setText(
                  "Inviter les " + (e.getValue() == null ? "N" : e.getValue()) + " premiers"));
      inviteFirst.setText("Inviter les " + first.getValue() + " premiers");
      Button invitePicked =
          new Button(
              "Inviter les personnes cochées",
              e -> {
                List<String> ids =
                    queue.getSelectedItems().stream().map(c -> c.personId().toString()).toList();
                if (invited(
                    ServiceCalls.attempt(
                        () -> sessions.invite(id, new SessionRequests.Invite(ids, null))))) {
                  refresh.run();
                }
              });
      invitePicked.setId("invite-picked");
      HorizontalLayout bar = new HorizontalLayout(first, inviteFirst, invitePicked);
      bar.setAlignItems(Alignment.BASELINE);
      bar.setWrap(true);
      add(queueTitle, help, bar, queue);
    }
    H2 invitedTitle = new H2("Personnes invitées");
    Grid<SessionView.Person> invited = new Grid<>();
    invited.setId("invited-grid");
    invited.setAriaLabel("Personnes invitées à la session");
    invited.setEmptyStateText("Personne n'est encore invité.");
    invited.addColumn(SessionView.Person::name).setHeader("Personne").setFlexGrow(1);
    invited
        .addColumn(p -> p.invitedAt() == null ? "" : Formats.day(p.invitedAt()))
        .setHeader("Invitée le")
        .setAutoWidth(true);
    invited.addComponentColumn(InvitationsTab::status).setHeader("Situation").setAutoWidth(true);
    if (open) {
      invited
          .addComponentColumn(
              p -> {
                if (p.declined() || p.attendance() != null) {
                  return new com.vaadin.flow.component.html.Span();
                }
                Button decline =
                    new Button(
                        "Ne viendra pas",
                        e -> {
                          if (ServiceCalls.run(
                              () -> sessions.decline(id, p.personId()),
                              p.name() + " ne viendra pas : sa place est libérée.")) {
                            refresh.run();
                          }
                        });
                decline.setAriaLabel("Ne viendra pas : " + p.name());
                decline.addClassName("decline");
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return decline;
              })
          .setHeader("Action")
          .setAutoWidth(true);
    }
    invited.setItems(shown.people());
    invited.setHeight("24em");
    add(invitedTitle, invited);
  }

  static Component status(SessionView.Person p) {
    if (p.declined()) {
      return Badges.of("Ne viendra pas", "contrast", "person-declined");
    }
    if (p.attendance() != null) {
      return Badges.status(
          p.attendanceLabel() + (p.walkIn() ? " (sans invitation)" : ""),
          p.attendance().came() ? "success" : "contrast",
          "person-attendance",
          p.attendance().name());
    }
    return Badges.of("Invité(e)", null, "person-invited");
  }

  private static boolean invited(java.util.Optional<SessionView.Invited> done) {
    done.ifPresent(
        i ->
            fr.aiguillage.ui.kit.Notices.success(
                i.personIds().size()
                    + " personne(s) invitée(s) ; "
                    + i.remainingPlaces()
                    + " place(s) restante(s)."));
    return done.isPresent();
  }
}
