package fr.aiguillage.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.directory.Directory;
import fr.aiguillage.session.SessionView;
import fr.aiguillage.session.Sessions;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/** The collective sessions to come, soonest first; the coordination plans new ones here. */
@Route(value = "sessions", layout = MainLayout.class)
@PageTitle("Sessions collectives — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT})
public class SessionsView extends VerticalLayout {
  static final int DAYS_AHEAD = 366;

  private final Sessions sessions;
  private final Grid<SessionView.Summary> grid = new Grid<>(50);

  @Inject
  public SessionsView(
      Sessions sessions, Directory directory, Beneficiaries people, CurrentCaller caller) {
    this.sessions = sessions;
    setId("sessions-view");
    add(
        PageHeading.title("Sessions collectives"),
        PageHeading.explanation(
            "sessions-help",
            "Les sessions à venir, de la plus proche à la plus lointaine. Ouvrez une session pour"
                + " inviter, accueillir les personnes et tenir le tableau du jour."));
    if (caller.get().hasRole(Roles.COORDINATOR) || caller.get().hasRole(Roles.TENANT_ADMIN)) {
      Button plan =
          new Button(
              "Planifier une session",
              VaadinIcon.PLUS.create(),
              e ->
                  new PlanDialog(
                          people.territories().stream()
                              .map(t -> new Choice(t.id(), t.name()))
                              .toList(),
                          directory.directory().stream()
                              .map(s -> new Choice(s.id(), s.name()))
                              .toList(),
                          sessions::plan,
                          this::planned,
                          grid.getDataProvider()::refreshAll)
                      .open());
      plan.setId("plan-session");
      plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(plan);
    }
    grid.setId("sessions-grid");
    grid.setAriaLabel("Sessions collectives à venir");
    grid.setEmptyStateText("Aucune session à venir.");
    grid.addComponentColumn(SessionsView::link).setHeader("Date").setAutoWidth(true);
    grid.addColumn(SessionView.Summary::kind).setHeader("Type").setAutoWidth(true);
    grid.addColumn(SessionsView::place).setHeader("Lieu").setFlexGrow(1);
    grid.addColumn(s -> s.territoryName() == null ? "Tout le département" : s.territoryName())
        .setHeader("Territoire")
        .setAutoWidth(true);
    grid.addColumn(s -> s.invited() + " / " + s.capacity())
        .setHeader("Invités / places")
        .setAutoWidth(true);
    grid.addColumn(SessionView.Summary::remainingPlaces)
        .setHeader("Places restantes")
        .setAutoWidth(true);
    grid.addComponentColumn(SessionsView::state).setHeader("État").setAutoWidth(true);
    grid.setItems(
        new CallbackDataProvider<SessionView.Summary, Void>(
            this::fetch, this::count, SessionView.Summary::id));
    grid.setAllRowsVisible(false);
    grid.setHeight("32em");
    add(grid);
  }

  private void planned(List<SessionView.Summary> planned) {
    Notices.success(
        planned.size() == 1
            ? "Session planifiée le " + Formats.at(planned.get(0).startsAt()) + "."
            : planned.size() + " sessions planifiées.");
    grid.getDataProvider().refreshAll();
  }

  private Stream<SessionView.Summary> fetch(Query<SessionView.Summary, Void> q) {
    if (q.getLimit() == 0) {
      return Stream.empty();
    }
    return sessions
        .list(null, DAYS_AHEAD, new PageRequest(q.getPage(), q.getPageSize()))
        .items()
        .stream();
  }

  private int count(Query<SessionView.Summary, Void> q) {
    return (int) sessions.list(null, DAYS_AHEAD, new PageRequest(0, 1)).total();
  }

  static String place(SessionView.Summary s) {
    if (s.videoUrl() != null && (s.address() == null || s.address().isBlank())) {
      return "En visioconférence";
    }
    String place = s.address() == null ? "" : s.address();
    return s.room() == null || s.room().isBlank() ? place : place + " — " + s.room();
  }

  static Component state(SessionView.Summary s) {
    String theme =
        switch (s.state()) {
          case PLANNED -> null;
          case HELD -> "success";
          case CLOSED -> "contrast";
          case CANCELLED -> "error";
        };
    return Badges.status(s.stateLabel(), theme, "session-state", s.state().name());
  }

  private static Component link(SessionView.Summary s) {
    RouterLink link =
        new RouterLink(
            Formats.at(s.startsAt()), SessionPageView.class, SessionPageView.parameters(s.id()));
    link.addClassName("session-link");
    return link;
  }
}
