package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.Notification;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "Courriers et avis": what the person (or the coordination) was told after the decision, latest
 * first, with the decision letter to download. For deciders, a letter to print can be marked as
 * posted and a failed notice sent again. Hidden while the orientation has no notice.
 */
class NoticesBlock extends Div {
  static final String PDF = "application/pdf";
  static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);
  static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.FRANCE);

  private final H3 title = new H3("Courriers et avis");
  private final Grid<NotificationDetails> grid = new Grid<>();
  private final Grid.Column<NotificationDetails> actionColumn;
  private final Anchor letter;
  private final Button refresh = new Button("Actualiser", VaadinIcon.REFRESH.create());
  private final Span refreshed = new Span();
  private final Consumer<NotificationDetails> onPrinted;
  private final Consumer<NotificationDetails> onRetry;
  private volatile UUID orientationId;
  private boolean actions;

  /**
   * @param letterFile the latest decision letter of an orientation, read when the link is followed
   */
  NoticesBlock(
      Runnable onRefresh,
      Consumer<NotificationDetails> onPrinted,
      Consumer<NotificationDetails> onRetry,
      SerializableFunction<UUID, LetterFile> letterFile) {
    this.onPrinted = onPrinted;
    this.onRetry = onRetry;
    setId("orientation-notifications");
    addClassName("orientation-block");
    title.setId("notifications-title");
    title.getElement().setAttribute("tabindex", "-1");
    grid.setId("notifications-grid");
    grid.setAriaLabel("Courriers et avis de l'orientation, du plus récent au plus ancien");
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    grid.setAllRowsVisible(true);
    grid.addColumn(NotificationDetails::channelLabel)
        .setKey("channel")
        .setHeader("Avis")
        .setAutoWidth(true);
    grid.addColumn(NoticesBlock::recipient)
        .setKey("recipient")
        .setHeader("Destinataire")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(n -> created(n.createdAt()))
        .setKey("createdAt")
        .setHeader("Créé le")
        .setAutoWidth(true);
    grid.addComponentColumn(NoticesBlock::status)
        .setKey("status")
        .setHeader("État")
        .setAutoWidth(true);
    actionColumn =
        grid.addComponentColumn(this::action)
            .setKey("action")
            .setHeader("Action")
            .setAutoWidth(true);
    grid.getColumns().forEach(c -> c.setSortable(false));
    letter = letterLink(letterFile);
    refresh.setId("notifications-refresh");
    refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    refresh.setAriaLabel("Actualiser les courriers et avis");
    refresh.addClickListener(
        click -> {
          onRefresh.run();
          refreshed.setText(
              "Liste actualisée à " + READ.format(Instant.now().atZone(Formats.PARIS)) + ".");
        });
    refreshed.setId("notifications-refreshed");
    refreshed.addClassName("secondary");
    refreshed.getElement().setAttribute("role", "status");
    HorizontalLayout tools = new HorizontalLayout(letter, refresh, refreshed);
    tools.setId("notifications-tools");
    tools.setWrap(true);
    tools.setAlignItems(Alignment.CENTER);
    add(title, grid, tools);
    setVisible(false);
  }

  /** The orientation's notices, latest first; the actions only for someone who may decide. */
  void show(UUID orientation, List<NotificationDetails> notices, boolean decider) {
    orientationId = orientation;
    actions = decider;
    refreshed.setText("");
    setVisible(!notices.isEmpty());
    actionColumn.setVisible(
        decider && notices.stream().anyMatch(n -> printable(n) || retriable(n)));
    grid.setItems(notices);
    letter.setVisible(
        notices.stream()
            .anyMatch(
                n ->
                    n.channel() == Notification.Channel.LETTER
                        && n.kind() == Notification.Kind.DECISION));
  }

  /** Brings the keyboard back to the block after a row's button went away under it. */
  void focusTitle() {
    title.getElement().callJsFunction("focus");
  }

  private Anchor letterLink(SerializableFunction<UUID, LetterFile> letterFile) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  try {
                    LetterFile file = letterFile.apply(orientationId);
                    return new DownloadResponse(
                        new ByteArrayInputStream(file.pdf()),
                        file.fileName(),
                        PDF,
                        file.pdf().length);
                  } catch (NotFoundException e) {
                    return DownloadResponse.error(404, e.getMessage());
                  }
                }),
            AttachmentType.DOWNLOAD,
            "Télécharger le courrier de décision (PDF)");
    link.setId("decision-letter");
    link.getElement().setAttribute("type", PDF);
    return link;
  }

  private Component action(NotificationDetails n) {
    if (actions && printable(n)) {
      return button(
          n,
          "Marquer comme posté",
          "Marquer comme posté le courrier créé le " + created(n.createdAt()),
          "mark-printed-",
          onPrinted);
    }
    if (actions && retriable(n)) {
      return button(
          n,
          "Renvoyer",
          "Renvoyer : " + n.channelLabel() + " " + described(n),
          "retry-notification-",
          onRetry);
    }
    return new Span();
  }

  private static Button button(
      NotificationDetails n,
      String text,
      String label,
      String idPrefix,
      Consumer<NotificationDetails> onClick) {
    Button button = new Button(text);
    button.setId(idPrefix + n.id());
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.setAriaLabel(label);
    button.addClickListener(click -> onClick.accept(n));
    return button;
  }

  private static Span status(NotificationDetails n) {
    Span badge = Badges.of(n.statusLabel(), theme(n.status()));
    badge.addClassName("notification-status");
    badge.getElement().setAttribute("data-status", n.status().name());
    if (n.lastError() != null && !n.lastError().isBlank()) {
      badge.getElement().setAttribute("title", n.lastError());
    }
    return badge;
  }

  static String theme(Notification.Status status) {
    return switch (status) {
      case SENT, ATTACHED, PRINTED -> "success";
      case FAILED -> "error";
      default -> "contrast";
    };
  }

  static String recipient(NotificationDetails n) {
    return n.channel() == Notification.Channel.LETTER || n.recipient() == null
        ? "—"
        : n.recipient();
  }

  static String created(Instant at) {
    return at == null ? "" : CREATED.format(at.atZone(Formats.PARIS));
  }

  private static String described(NotificationDetails n) {
    String to = recipient(n);
    return ("—".equals(to) ? "" : "à " + to + " ") + "créé le " + created(n.createdAt());
  }

  private static boolean printable(NotificationDetails n) {
    return n.status() == Notification.Status.TO_PRINT;
  }

  private static boolean retriable(NotificationDetails n) {
    return n.status() == Notification.Status.FAILED;
  }
}
