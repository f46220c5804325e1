package fr.aiguillage.ui.session;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import fr.aiguillage.session.DeskView;
import fr.aiguillage.session.SessionDesk;
import fr.aiguillage.session.SessionRequests;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Badges;
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
 * The day-D board, live: who came, who answered, each one's proposal and flags, who is at which
 * desk and how far they went; the structures present with their places and next free slots. A
 * change anywhere (a check-in, an answer, a desk's step) is pushed to every open board of the
 * session.
 */
@Route(value = "sessions/:id([0-9a-fA-F-]{36})/tableau", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT})
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  /**
   * A person's answers through their link are not announced to the boards (no event in the
   * container): the board also reads itself again every half minute.
   */
  static final int POLL_MILLIS = 30_000;

  private final SessionDesk desk;
  private final BoardBroadcaster broadcaster;
  private final String tenant;
  private final Div counts = new Div();
  private final Grid<DeskView.Line> people = new Grid<>();
  private final Div structures = new Div();
  private final Paragraph live = new Paragraph();
  private UUID id;
  private String title = "Tableau du jour — Aiguillage";
  private Registration registration;
  private Registration poll;
  private List<DeskView.Line> lines = List.of();

  @Inject
  public BoardView(SessionDesk desk, BoardBroadcaster broadcaster, CurrentCaller caller) {
    this.desk = desk;
    this.broadcaster = broadcaster;
    this.tenant = caller.get().requireTenant().value();
    setId("board-view");
    addClassName("session-board");
    counts.setId("board-counts");
    counts.addClassName("board-counts");
    live.setId("board-live");
    live.addClassName("secondary");
    live.getElement().setAttribute("aria-live", "polite");
    people.setId("board-people");
    people.setAriaLabel("Personnes de la session");
    people.setEmptyStateText("Personne n'est encore passé à l'accueil.");
    people.addComponentColumn(this::personCell).setHeader("Personne").setAutoWidth(true);
    people.addComponentColumn(BoardView::attendance).setHeader("Accueil").setAutoWidth(true);
    people
        .addComponentColumn(
            l ->
                l.answered()
                    ? Badges.of("A répondu", "success", "answered")
                    : Badges.of("Pas de réponse", "contrast", "not-answered"))
        .setHeader("Questionnaire")
        .setAutoWidth(true);
    people
        .addComponentColumn(BoardView::proposal)
        .setHeader("Proposition")
        .setWidth("18em")
        .setFlexGrow(2);
    people
        .addComponentColumn(BoardView::flags)
        .setHeader("Points d'attention")
        .setWidth("14em")
        .setFlexGrow(1);
    people
        .addColumn(l -> l.deskAgent() == null ? "—" : l.deskAgent())
        .setHeader("Au bureau de")
        .setAutoWidth(true);
    people
        .addComponentColumn(BoardView::progress)
        .setHeader("Avancement")
        .setWidth("12em")
        .setFlexGrow(1);
    people.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    people.setAllRowsVisible(true);
    structures.setId("board-structures");
    structures.addClassName("board-structures");
  }

  public static RouteParameters parameters(UUID id) {
    return new RouteParameters(SessionPageView.ID, id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id =
        event.getRouteParameters().get(SessionPageView.ID).flatMap(SessionPageView::uuid);
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    this.id = id.get();
    DeskView.Board board = desk.board(this.id);
    removeAll();
    RouterLink back =
        new RouterLink(
            "Retour à la session", SessionPageView.class, SessionPageView.parameters(this.id));
    back.setId("back-to-session");
    title = "Tableau du jour — " + board.session().kind() + " — Aiguillage";
    Button batch = new Button("Valider les cas simples", e -> validateSimple());
    batch.setId("validate-simple");
    batch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        back,
        PageHeading.title("Tableau du jour — " + Formats.at(board.session().startsAt())),
        live,
        counts,
        new HorizontalLayout(batch),
        new H2("Personnes"),
        people,
        new H2("Structures présentes"),
        structures);
    show(board);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    registration =
        broadcaster.register(tenant, id, ui, u -> getElement().executeJs("this.$server.refresh()"));
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (registration != null) {
      registration.remove();
      registration = null;
    }
    if (poll != null) {
      poll.remove();
      poll = null;
      detach.getUI().setPollInterval(-1);
    }
  }

  /** Asked by the browser once a change is pushed: the board is read again in this request. */
  @ClientCallable
  void refresh() {
    ServiceCalls.attempt(() -> desk.board(id)).ifPresent(this::show);
    live.setText("Mis à jour à " + Formats.hour(java.time.Instant.now()));
  }

  private void show(DeskView.Board board) {
    lines =
        board.people().stream()
            .sorted(
                java.util.Comparator.comparing((DeskView.Line l) -> !came(l))
                    .thenComparing(l -> l.name() == null ? "" : l.name()))
            .toList();
    people.setItems(lines);
    counts.removeAll();
    DeskView.Counts c = board.counts();
    counts.add(
        count("Invités", c.invited(), "count-invited"),
        count("Accueillis", c.checkedIn(), "count-checked-in"),
        count("Présents", c.present(), "count-present"),
        count("Ont répondu", c.answered(), "count-answered"),
        count("Orientés", c.oriented(), "count-oriented"),
        count("Mis de côté", c.setAside(), "count-set-aside"),
        count("Contrats signés", c.contractsSigned(), "count-contracts"),
        count("Rendez-vous fixés", c.appointmentsBooked(), "count-appointments"));
    structures.removeAll();
    for (DeskView.Structure s : board.structures()) {
      Div card = new Div();
      card.addClassName("board-structure");
      card.add(new H3(s.name()));
      card.add(
          new Paragraph(
              s.placesLeft() == null
                  ? "Places : sans limite indiquée"
                  : s.placesLeft() + " place(s) restante(s) sur " + s.capacity()));
      if (!s.referents().isEmpty()) {
        card.add(
            new Paragraph(
                "Référents : "
                    + String.join(
                        ", ", s.referents().stream().map(DeskView.Referent::name).toList())));
      }
      UnorderedList slots = new UnorderedList();
      slots.addClassName("board-slots");
      s.freeSlots()
          .forEach(
              sl ->
                  slots.add(
                      new ListItem(
                          Formats.at(sl.startsAt())
                              + (sl.referentName() == null ? "" : " — " + sl.referentName())
                              + " ("
                              + sl.modalityLabel()
                              + ")")));
      card.add(s.freeSlots().isEmpty() ? new Paragraph("Aucun créneau libre à venir.") : slots);
      structures.add(card);
    }
    if (board.structures().isEmpty()) {
      structures.add(new Paragraph("Aucune structure n'est annoncée à cette session."));
    }
  }

  private void validateSimple() {
    List<String> simple =
        lines.stream()
            .filter(DeskView.Line::simple)
            .filter(l -> l.outcome() == null)
            .map(l -> l.personId().toString())
            .toList();
    if (simple.isEmpty()) {
      Notices.error("Aucun cas simple à valider pour l'instant.");
      return;
    }
    ServiceCalls.attempt(() -> desk.validateSimple(id, new SessionRequests.ValidateSimple(simple)))
        .ifPresent(
            o -> {
              Notices.success(
                  o.oriented().size()
                      + " orientation(s) validée(s)"
                      + (o.skipped().isEmpty()
                          ? "."
                          : " ; " + o.skipped().size() + " laissée(s) pour le bureau."));
              refresh();
            });
  }

  private Component personCell(DeskView.Line l) {
    RouterLink link =
        new RouterLink(l.name(), DeskPageView.class, DeskPageView.parameters(id, l.personId()));
    link.addClassName("board-person");
    link.getElement().setAttribute("data-person", l.personId().toString());
    link.getElement().setAttribute("aria-label", "Ouvrir le bureau pour " + l.name());
    if (l.walkIn()) {
      return new Span(link, new Span(" "), Badges.of("Sans invitation", "contrast", "walk-in"));
    }
    return link;
  }

  private static boolean came(DeskView.Line l) {
    return l.attendance() != null && l.attendance().came();
  }

  private static Component attendance(DeskView.Line l) {
    if (l.attendance() == null) {
      return Badges.of("Attendu(e)", null, "board-attendance");
    }
    return Badges.status(
        l.attendanceLabel(),
        l.attendance().came() ? "success" : "contrast",
        "board-attendance",
        l.attendance().name());
  }

  private static Component proposal(DeskView.Line l) {
    if (l.proposal() == null) {
      Span none = new Span("Pas encore de proposition");
      none.addClassName("secondary");
      return none;
    }
    Div d = new Div();
    d.addClassName("board-proposal");
    Span pathway = new Span(l.proposal().pathwayLabel());
    pathway.addClassName("board-pathway");
    Span why =
        new Span(l.proposal().explanation() == null ? "" : " — " + l.proposal().explanation());
    why.addClassName("secondary");
    d.add(pathway, why);
    return d;
  }

  private static Component flags(DeskView.Line l) {
    Div d = new Div();
    d.addClassName("board-flags");
    if (l.flagLabels().isEmpty() && l.proposal() != null) {
      d.add(Badges.of("Cas simple", "success", "board-simple"));
    }
    l.flagLabels().forEach(f -> d.add(Badges.of(f, "error", "board-flag")));
    return d;
  }

  private static Component progress(DeskView.Line l) {
    Div d = new Div();
    d.addClassName("board-progress");
    if (l.outcomeLabel() != null) {
      d.add(Badges.of(l.outcomeLabel(), "success", "board-outcome"));
    }
    if (l.contractState() != null) {
      d.add(Badges.of("Contrat : " + contract(l.contractState()), null, "board-contract"));
    }
    if (l.appointmentAt() != null) {
      d.add(
          Badges.of(
              "Rendez-vous le " + Formats.at(l.appointmentAt()), "success", "board-appointment"));
    }
    if (d.getChildren().findAny().isEmpty()) {
      d.add(new Span("—"));
    }
    return d;
  }

  private static String contract(String state) {
    return switch (state) {
      case "SIGNED" -> "signé";
      case "TO_SIGN" -> "à signer";
      case "DRAFT" -> "brouillon";
      default -> state.toLowerCase(java.util.Locale.FRENCH);
    };
  }

  private static Div count(String label, int value, String id) {
    Div d = new Div();
    d.setId(id);
    d.addClassName("board-count");
    Span n = new Span(String.valueOf(value));
    n.addClassName("board-count-value");
    Span l = new Span(label);
    l.addClassName("board-count-label");
    d.add(n, l);
    return d;
  }
}
