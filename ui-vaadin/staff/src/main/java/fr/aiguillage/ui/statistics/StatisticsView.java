package fr.aiguillage.ui.statistics;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.statistics.projection.Figures;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.TableCsv;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.ui.layout.MainLayout;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Statistiques", the département's own figures (issue 16), unsuppressed: the delays to the
 * orientation decision, the people oriented by pathway and the people newly subject to rights and
 * duties, month by month, for a period, a territory and (for the delays) a pathway. Each chart
 * comes with its definition, how to read it, and its table; the figures shown download as CSV.
 */
@Route(value = StatisticsView.ROUTE, layout = MainLayout.class)
@PageTitle("Statistiques — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR})
public class StatisticsView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "statistiques";
  static final int MONTHS_OFFERED = 36;

  /** A territory as the filter offers it. */
  record Place(UUID id, String name) {}

  private final Figures figures;
  private final Beneficiaries people;
  private final YearMonth now;
  private final Select<YearMonth> from = new Select<>();
  private final Select<YearMonth> to = new Select<>();
  private final Select<Place> territory = new Select<>();
  private final Select<Pathway> pathway = new Select<>();
  private final Paragraph scope = new Paragraph();
  private final List<IndicatorSection> sections = new ArrayList<>();
  private final List<IndicatorFigures> shown = new ArrayList<>();
  private final Select<IndicatorFigures> explored = new Select<>();
  private final IndicatorSection explorer =
      new IndicatorSection(
          "explorer",
          "Tous les indicateurs",
          "Choisissez un indicateur : les délais sont montrés comme ci-dessus, les taux par leur"
              + " pourcentage (ligne) et leur dénominateur (barres), les effectifs par mois (pour"
              + " un stock, au dernier jour du mois) par catégorie. Les filtres de période et de"
              + " territoire s'appliquent.");

  @Inject
  public StatisticsView(Figures figures, Beneficiaries people, Clock clock) {
    this.figures = figures;
    this.people = people;
    this.now = YearMonth.now(clock.withZone(ZoneId.of("Europe/Paris")));
    setId("statistics-view");
    addClassName("statistics-view");
    add(
        PageHeading.title("Statistiques"),
        PageHeading.explanation(
            "statistics-explanation",
            "Les chiffres du département, mois par mois, calculés à partir des événements du"
                + " parcours (ni échantillon ni secret statistique : ce sont vos propres"
                + " chiffres). Chaque graphique est suivi de sa définition et du tableau des mêmes"
                + " chiffres."),
        filters());
    scope.setId("statistics-scope");
    scope.getElement().setAttribute("aria-live", "polite");
    Anchor csv =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  byte[] bytes = TableCsv.bytes(publication());
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "statistiques-" + from.getValue() + "-" + to.getValue() + ".csv",
                      TableCsv.CONTENT_TYPE,
                      bytes.length);
                }),
            AttachmentType.DOWNLOAD,
            "Télécharger ces chiffres (CSV)");
    csv.setId("statistics-csv");
    FlexLayout bar = new FlexLayout(scope, csv);
    bar.addClassName("statistics-bar");
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    add(bar);
    sections.add(
        new IndicatorSection(
            "delay-claim",
            "Délai d'orientation depuis la demande de RSA",
            StatisticsTexts.delayExplanation("dont la demande de RSA date du mois"),
            f ->
                ChartOptions.withNationalReference(
                    ChartOptions.delays(f.months()), f.id(), f.months().size()),
            true));
    sections.add(
        new IndicatorSection(
            "delay-rights",
            "Délai d'orientation depuis l'entrée dans les droits et devoirs",
            StatisticsTexts.delayExplanation("entrées dans les droits et devoirs dans le mois"),
            f -> ChartOptions.delays(f.months()),
            true));
    sections.add(
        new IndicatorSection(
            "oriented",
            "Personnes orientées par parcours",
            "Les décisions d'orientation prises dans le mois, par parcours : les barres sont"
                + " empilées, leur hauteur totale est le nombre de personnes orientées. Le filtre"
                + " de parcours ne s'applique pas ici.",
            f -> ChartOptions.byPathway(f.months(), Indicators.pathways(f)),
            false));
    sections.add(
        new IndicatorSection(
            "new-subject",
            "Nouvelles personnes soumises aux droits et devoirs",
            "Les personnes entrées dans les droits et devoirs dans le mois : celles qu'il faut"
                + " orienter. Le filtre de parcours ne s'applique pas ici.",
            f -> ChartOptions.people(f.months(), "Nouvelles personnes"),
            false));
    sections.forEach(
        s -> {
          s.setWidthFull();
          add(s);
        });
    explored.setId("statistics-explored");
    explored.setLabel("Indicateur");
    explored.setItemLabelGenerator(IndicatorFigures::label);
    explored.setWidth("min(100%, 42rem)");
    explored.addValueChangeListener(e -> explore());
    explorer.setWidthFull();
    explorer.addComponentAtIndex(1, explored);
    add(explorer);
  }

  /** The indicator chosen in « Tous les indicateurs », drawn by the shape of its figures. */
  private void explore() {
    IndicatorFigures chosen = explored.getValue();
    if (chosen == null || from.getValue() == null || to.getValue() == null) {
      return;
    }
    String place =
        Optional.ofNullable(territory.getValue()).map(p -> p.id().toString()).orElse(null);
    IndicatorFigures f =
        ServiceCalls.orElse(
            () ->
                figures.read(
                    chosen.id(), from.getValue().toString(), to.getValue().toString(), place),
            null);
    if (f == null) {
      return;
    }
    explorer.draw(
        f.definition(),
        NationalComparison.forDepartement(f).orElse(null),
        Explorer.isDelay(f)
            ? StatisticsTexts.apart(
                f.months().stream().map(m -> m.delay()).filter(java.util.Objects::nonNull).toList())
            : null,
        Explorer.option(f),
        List.of(
            new FigureTable(
                "explorer-table",
                "Tableau : " + f.label(),
                Explorer.headers(f),
                Explorer.rows(f))));
  }

  private FlexLayout filters() {
    List<YearMonth> months = new ArrayList<>();
    for (int i = MONTHS_OFFERED - 1; i >= 0; i--) {
      months.add(now.minusMonths(i));
    }
    Filters.month(from, "statistics-from", "Du mois", months, now.minusMonths(11));
    Filters.month(to, "statistics-to", "Au mois", months, now);
    territory.setId("statistics-territory");
    territory.setLabel("Territoire");
    territory.setEmptySelectionAllowed(true);
    territory.setEmptySelectionCaption("Tout le département");
    territory.setItemLabelGenerator(p -> p == null ? "Tout le département" : p.name());
    pathway.setId("statistics-pathway");
    pathway.setLabel("Parcours (délais)");
    pathway.setHelperText("S'applique aux deux graphiques de délais.");
    pathway.setItems(Pathway.values());
    pathway.setEmptySelectionAllowed(true);
    pathway.setEmptySelectionCaption("Tous les parcours");
    pathway.setItemLabelGenerator(p -> p == null ? "Tous les parcours" : p.label());
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    territory.addValueChangeListener(e -> refresh());
    pathway.addValueChangeListener(e -> refresh());
    return Filters.bar("Filtres des statistiques", from, to, territory, pathway);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (explored.getListDataView().getItemCount() == 0) {
      List<IndicatorFigures> all = ServiceCalls.orElse(figures::catalogue, List.of());
      explored.setItems(all);
      all.stream()
          .filter(i -> i.id().equals("monthly-first-appointment-delay"))
          .findFirst()
          .ifPresent(explored::setValue);
    }
    if (territory.getListDataView().getItemCount() == 0) {
      territory.setItems(
          people.territories().stream().map(t -> new Place(t.id(), t.name())).toList());
    }
    refresh();
  }

  private void refresh() {
    if (!Filters.periodChosen(from, to)) {
      return;
    }
    String start = from.getValue().toString();
    String end = to.getValue().toString();
    String place =
        Optional.ofNullable(territory.getValue()).map(p -> p.id().toString()).orElse(null);
    String only = Optional.ofNullable(pathway.getValue()).map(Pathway::name).orElse(null);
    List<IndicatorFigures> read =
        ServiceCalls.orElse(
            () ->
                List.of(
                    figures.read(Indicators.DELAY_FROM_CLAIM, start, end, place, only),
                    figures.read(Indicators.DELAY_FROM_RIGHTS, start, end, place, only),
                    figures.read(Indicators.ORIENTED, start, end, place),
                    figures.read(Indicators.NEW_SUBJECT, start, end, place)),
            List.of());
    if (read.isEmpty()) {
      return;
    }
    shown.clear();
    shown.addAll(read);
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).show(read.get(i));
    }
    scope.setText(scopeText());
    explore();
  }

  private String scopeText() {
    String text =
        "De "
            + StatisticsTexts.month(from.getValue().toString())
            + " à "
            + StatisticsTexts.month(to.getValue().toString())
            + ", "
            + Optional.ofNullable(territory.getValue())
                .map(p -> "territoire « " + p.name() + " »")
                .orElse("tout le département");
    return Optional.ofNullable(pathway.getValue())
        .map(p -> text + " ; délais du " + p.label().toLowerCase(java.util.Locale.FRENCH) + ".")
        .orElse(text + ".");
  }

  private Publication publication() {
    List<IndicatorFigures> figuresShown = List.copyOf(shown);
    List<String> titles =
        List.of(
            "Délai d'orientation depuis la demande de RSA",
            "Délai d'orientation depuis l'entrée dans les droits et devoirs",
            "Personnes orientées par parcours",
            "Nouvelles personnes soumises aux droits et devoirs");
    List<fr.aiguillage.statistics.table.StatisticalTable> tables = new ArrayList<>();
    for (int i = 0; i < figuresShown.size(); i++) {
      tables.add(Indicators.table(figuresShown.get(i), titles.get(i)));
    }
    return Publication.unsuppressed(
        "Statistiques du département (chiffres non soumis au secret statistique)",
        scopeText(),
        "Aiguillage, projections des événements du parcours",
        tables);
  }
}
