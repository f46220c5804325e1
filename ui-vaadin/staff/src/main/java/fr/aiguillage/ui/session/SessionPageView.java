package fr.aiguillage.ui.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.session.SessionDesk;
import fr.aiguillage.session.SessionState;
import fr.aiguillage.session.SessionView;
import fr.aiguillage.session.Sessions;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One session: its invitations, the check-in at the door, its report; opening the check-in, closing
 * and cancelling it. The day-D board is one link away.
 */
@Route(value = "sessions/:id([0-9a-fA-F-]{36})", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT})
public class SessionPageView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {
  static final String ID = "id";

  private final Sessions sessions;
  private final SessionDesk desk;
  private final Beneficiaries people;
  private final boolean coordination;
  private UUID id;
  private SessionView.Details shown;
  private String title = "Session collective — Aiguillage";
  private int selectedTab;

  @Inject
  public SessionPageView(
      Sessions sessions, SessionDesk desk, Beneficiaries people, CurrentCaller caller) {
    this.sessions = sessions;
    this.desk = desk;
    this.people = people;
    this.coordination =
        caller.get().hasRole(Roles.COORDINATOR) || caller.get().hasRole(Roles.TENANT_ADMIN);
    setId("session-view");
  }

  public static RouteParameters parameters(UUID id) {
    return new RouteParameters(ID, id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get(ID).flatMap(SessionPageView::uuid);
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    this.id = id.get();
    refresh();
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  void refresh() {
    shown = sessions.get(id);
    SessionView.Summary s = shown.session();
    title = s.kind() + " du " + Formats.at(s.startsAt()) + " — Aiguillage";
    removeAll();
    RouterLink back = new RouterLink("Toutes les sessions", SessionsView.class);
    back.setId("back-to-sessions");
    add(back, PageHeading.title(s.kind() + " — " + Formats.at(s.startsAt())));
    Paragraph facts =
        new Paragraph(
            SessionsView.place(s)
                + " · "
                + (s.territoryName() == null ? "Tout le département" : s.territoryName())
                + " · "
                + s.invited()
                + " invité(s) pour "
                + s.capacity()
                + " places · "
                + s.remainingPlaces()
                + " place(s) restante(s)");
    facts.setId("session-facts");
    HorizontalLayout top = new HorizontalLayout(SessionsView.state(s), facts);
    top.setAlignItems(Alignment.BASELINE);
    add(top);
    if (!s.structures().isEmpty()) {
      Paragraph structures =
          new Paragraph(
              "Structures présentes : "
                  + String.join(
                      ", ", s.structures().stream().map(SessionView.Named::name).toList()));
      structures.setId("session-structures");
      add(structures);
    }
    add(actions(s));
    TabSheet tabs = new TabSheet();
    tabs.setId("session-tabs");
    tabs.setWidthFull();
    tabs.add("Invitations", new InvitationsTab(sessions, id, shown, this::refresh))
        .setId("tab-invitations");
    tabs.add("Accueil", new CheckInTab(sessions, people, id, shown, this::refresh))
        .setId("tab-check-in");
    tabs.add("Bilan", new ReportTab(desk, id)).setId("tab-report");
    tabs.setSelectedIndex(selectedTab);
    tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
    add(tabs);
  }

  private HorizontalLayout actions(SessionView.Summary s) {
    HorizontalLayout bar = new HorizontalLayout();
    bar.setId("session-actions");
    bar.setWrap(true);
    RouterLink board =
        new RouterLink("Tableau du jour", BoardView.class, BoardView.parameters(s.id()));
    board.setId("open-board");
    board.addClassName("session-board-link");
    bar.add(board);
    if (s.state() == SessionState.PLANNED) {
      Button hold =
          new Button(
              "Ouvrir l'accueil",
              e -> {
                if (ServiceCalls.run(() -> sessions.hold(id), "L'accueil est ouvert.")) {
                  refresh();
                }
              });
      hold.setId("hold-session");
      hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      bar.add(hold);
    }
    if (s.state() == SessionState.HELD) {
      Button close = new Button("Clôturer", e -> confirmClose());
      close.setId("close-session");
      bar.add(close);
    }
    if (coordination && (s.state() == SessionState.PLANNED || s.state() == SessionState.HELD)) {
      Button cancel = new Button("Annuler la session", e -> cancelDialog());
      cancel.setId("cancel-session");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      bar.add(cancel);
    }
    return bar;
  }

  private void confirmClose() {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("close-confirm");
    confirm.setHeader("Clôturer la session ?");
    confirm.setText(
        "Les personnes qui ne sont pas passées à l'accueil seront notées absentes ; les absents et"
            + " excusés sont invités à la session suivante une fois, puis convoqués"
            + " individuellement.");
    confirm.setCancelable(true);
    confirm.setCancelText("Ne pas clôturer");
    confirm.setConfirmText("Clôturer");
    confirm.addConfirmListener(
        e ->
            ServiceCalls.attempt(() -> sessions.close(id))
                .ifPresent(
                    f -> {
                      Notices.success(followed("Session clôturée", f));
                      refresh();
                    }));
    confirm.open();
  }

  private void cancelDialog() {
    Dialog dialog = new Dialog();
    dialog.setId("cancel-dialog");
    dialog.setHeaderTitle("Annuler la session");
    TextArea reason = new TextArea("Motif de l'annulation (dit aux personnes invitées)");
    reason.setId("cancel-reason");
    reason.setMaxLength(500);
    reason.setWidthFull();
    Paragraph alert = FieldErrors.alert("cancel-alert", "form-alert");
    dialog.add(alert, reason);
    Button confirm =
        new Button(
            "Annuler la session",
            e ->
                ServiceCalls.fromDialog(
                    dialog,
                    () -> sessions.cancel(id, reason.getValue()),
                    (List<FieldError> errors) ->
                        FieldErrors.show(
                            errors,
                            alert,
                            java.util.Map.of("reason", reason),
                            "La session n'a pas été annulée"),
                    f -> {
                      Notices.success(followed("Session annulée", f));
                      refresh();
                    },
                    this::refresh));
    confirm.setId("cancel-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    Button keep = new Button("Garder la session", e -> dialog.close());
    dialog.getFooter().add(keep, confirm);
    dialog.open();
  }

  static String followed(String done, SessionView.Followed f) {
    return done
        + " : "
        + f.invitedToNext().size()
        + " personne(s) invitée(s) à la session suivante, "
        + f.individualPath().size()
        + " convoquée(s) individuellement.";
  }

  static Optional<UUID> uuid(String raw) {
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
