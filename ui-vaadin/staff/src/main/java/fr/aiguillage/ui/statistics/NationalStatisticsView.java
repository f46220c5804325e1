package fr.aiguillage.ui.statistics;

import com.vaadin.flow.component.Component;
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
import elemental.json.JsonObject;
import fr.aiguillage.statistics.projection.NationalFigures;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.StatisticalTable;
import fr.aiguillage.statistics.table.TableCsv;
import fr.aiguillage.statistics.table.TableWorkbook;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * "Statistiques nationales" (issue 16): every département side by side and their sum, for the
 * national statistician (stats-reader) and the platform's administrators. The figures are exactly
 * those of the national API ({@link NationalFigures}: the same tables, suppressed once, there):
 * cells under 5 people, and those that would give them back, show « s ». Each chart has its
 * definition, how to read it, the latest national figure published, and its tables; the whole
 * downloads as CSV or as the XLSX workbook.
 */
@Route(value = NationalStatisticsView.ROUTE, layout = MainLayout.class)
@PageTitle("Statistiques nationales — Aiguillage")
@RolesAllowed({Roles.STATS_READER, Roles.PLATFORM_ADMIN})
public class NationalStatisticsView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "statistiques-nationales";
  static final int MAX_DEPARTEMENTS_DRAWN = 6;

  /** One indicator of the page: its section and how its chart and tables are made. */
  private record Shown(String id, IndicatorSection section, boolean delay) {}

  private final NationalFigures national;
  private final YearMonth now;
  private final Select<YearMonth> from = new Select<>();
  private final Select<YearMonth> to = new Select<>();
  private final Select<String> departement = new Select<>();
  private final Paragraph scope = new Paragraph();
  private final List<Shown> indicators = new ArrayList<>();
  private final List<Publication> read = new ArrayList<>();

  @Inject
  public NationalStatisticsView(NationalFigures national, Clock clock) {
    this.national = national;
    this.now = YearMonth.now(clock.withZone(ZoneId.of("Europe/Paris")));
    setId("national-statistics-view");
    addClassName("statistics-view");
    Paragraph scopeNote =
        new Paragraph(
            "Ni territoire ni parcours ici : les chiffres nationaux sont lus département par"
                + " département, sans territoire (délégation), et la répartition par parcours"
                + " n'est pas publiée. Publiées à côté des totaux, ces découpes masquées chacune"
                + " de son côté permettraient de retrouver une case masquée par différence.");
    scopeNote.setId("national-scope-note");
    scopeNote.addClassName("statistics-explanation");
    add(
        PageHeading.title("Statistiques nationales"),
        PageHeading.explanation(
            "national-statistics-explanation",
            "Tous les départements côte à côte et leur ensemble, mois par mois, avec les mêmes"
                + " définitions partout. Secret statistique : une case de moins de 5 personnes,"
                + " et toute case qui permettrait de la retrouver à partir des totaux, est"
                + " masquée (« s »), comme dans l'API nationale. Rien de personnel n'est lu ici."),
        filters(),
        scopeNote);
    scope.setId("national-statistics-scope");
    scope.getElement().setAttribute("aria-live", "polite");
    Anchor csv =
        download("national-statistics-csv", "Télécharger (CSV)", ".csv", TableCsv.CONTENT_TYPE);
    Anchor xlsx =
        download(
            "national-statistics-xlsx",
            "Télécharger le classeur (XLSX)",
            ".xlsx",
            TableWorkbook.CONTENT_TYPE);
    FlexLayout bar = new FlexLayout(scope, csv, xlsx);
    bar.addClassName("statistics-bar");
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    Paragraph signs = new Paragraph(NationalTables.SIGNS);
    signs.setId("national-statistics-signs");
    signs.addClassName("statistics-apart");
    add(bar, signs);
    indicators.add(
        new Shown(
            Indicators.DELAY_FROM_CLAIM,
            new IndicatorSection(
                "delay-claim",
                "Délai d'orientation depuis la demande de RSA",
                NationalTexts.delay("dont la demande de RSA date du mois")),
            true));
    indicators.add(
        new Shown(
            Indicators.DELAY_FROM_RIGHTS,
            new IndicatorSection(
                "delay-rights",
                "Délai d'orientation depuis l'entrée dans les droits et devoirs",
                NationalTexts.delay("entrées dans les droits et devoirs dans le mois")),
            true));
    indicators.add(
        new Shown(
            Indicators.ORIENTED,
            new IndicatorSection(
                "oriented",
                "Personnes orientées",
                NationalTexts.count(
                    "les premières décisions d'orientation prises dans le mois (tous parcours)")),
            false));
    indicators.add(
        new Shown(
            Indicators.NEW_SUBJECT,
            new IndicatorSection(
                "new-subject",
                "Nouvelles personnes soumises aux droits et devoirs",
                NationalTexts.count(
                    "les personnes entrées dans les droits et devoirs dans le mois")),
            false));
    indicators.forEach(
        s -> {
          s.section().setWidthFull();
          add(s.section());
        });
  }

  private FlexLayout filters() {
    List<YearMonth> months = new ArrayList<>();
    for (int i = StatisticsView.MONTHS_OFFERED - 1; i >= 0; i--) {
      months.add(now.minusMonths(i));
    }
    Filters.month(from, "statistics-from", "Du mois", months, now.minusMonths(11));
    Filters.month(to, "statistics-to", "Au mois", months, now);
    departement.setId("statistics-departement");
    departement.setLabel("Département");
    departement.setHelperText("L'ensemble des départements reste affiché.");
    departement.setEmptySelectionAllowed(true);
    departement.setEmptySelectionCaption("Tous les départements");
    departement.setItemLabelGenerator(d -> d == null ? "Tous les départements" : d);
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    departement.addValueChangeListener(e -> showRead());
    return Filters.bar("Filtres des statistiques nationales", from, to, departement);
  }

  private Anchor download(String id, String text, String extension, String contentType) {
    Anchor anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  Publication whole = publication();
                  byte[] bytes =
                      extension.equals(".csv") ? TableCsv.bytes(whole) : TableWorkbook.bytes(whole);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "statistiques-nationales-"
                          + from.getValue()
                          + "-"
                          + to.getValue()
                          + extension,
                      contentType,
                      bytes.length);
                }),
            AttachmentType.DOWNLOAD,
            text);
    anchor.setId(id);
    return anchor;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh();
  }

  private void refresh() {
    if (!Filters.periodChosen(from, to)) {
      return;
    }
    String start = from.getValue().toString();
    String end = to.getValue().toString();
    List<Publication> publications =
        ServiceCalls.orElse(
            () -> indicators.stream().map(s -> national.read(s.id(), start, end)).toList(),
            List.of());
    if (publications.isEmpty()) {
      return;
    }
    read.clear();
    read.addAll(publications);
    List<String> departements = NationalTables.departements(read.get(0).tables().get(0));
    if (!departements.equals(departement.getListDataView().getItems().toList())) {
      String chosen = departement.getValue();
      departement.setItems(departements);
      if (chosen != null && departements.contains(chosen)) {
        departement.setValue(chosen);
      }
    }
    showRead();
  }

  /** Draws what was read, for the département chosen (or all of them). */
  private void showRead() {
    if (read.isEmpty()) {
      return;
    }
    String chosen = departement.getValue();
    Predicate<String> inTable = d -> chosen == null || chosen.equals(d);
    int count = NationalTables.departements(read.get(0).tables().get(0)).size();
    Predicate<String> drawn =
        chosen != null ? chosen::equals : d -> count <= MAX_DEPARTEMENTS_DRAWN;
    for (int i = 0; i < indicators.size(); i++) {
      Shown s = indicators.get(i);
      List<StatisticalTable> tables = read.get(i).tables();
      StatisticalTable charted = s.delay() ? tables.get(1) : tables.get(0);
      JsonObject option =
          ChartOptions.national(
              charted.columnLabels(),
              NationalTables.nation(charted),
              NationalTables.lines(charted, drawn),
              s.delay());
      if (s.delay()) {
        ChartOptions.withNationalReference(option, s.id(), charted.columns());
      }
      List<Component> shownTables = new ArrayList<>();
      Function<StatisticalTable, String> caption = t -> "Tableau : " + t.title();
      if (s.delay()) {
        shownTables.add(
            table(
                s.section().key() + "-table",
                caption.apply(tables.get(1)),
                tables.get(1),
                inTable));
        shownTables.add(
            table(
                s.section().key() + "-people-table",
                caption.apply(tables.get(0)),
                tables.get(0),
                inTable));
        List<List<String>> within = NationalTables.nationWithin(tables);
        if (!within.isEmpty()) {
          List<String> headers = new ArrayList<>(NationalTables.headers(tables.get(0)));
          headers.set(0, "Ensemble des départements");
          shownTables.add(
              new FigureTable(
                  s.section().key() + "-within-table",
                  "Tableau : part de la cohorte orientée sous 15, 30, 42 et 45 jours, ensemble"
                      + " des départements",
                  headers,
                  within));
        }
      } else {
        shownTables.add(
            table(
                s.section().key() + "-table",
                caption.apply(tables.get(0)),
                tables.get(0),
                inTable));
      }
      s.section()
          .draw(
              tables.get(0).definition(),
              NationalComparison.text(s.id()).orElse(null),
              null,
              option,
              shownTables);
    }
    scope.setText(scopeText(count));
  }

  private static FigureTable table(
      String id, String caption, StatisticalTable table, Predicate<String> shown) {
    return new FigureTable(
        id, caption, NationalTables.headers(table), NationalTables.rows(table, shown));
  }

  private String scopeText(int count) {
    return "De "
        + StatisticsTexts.month(from.getValue().toString())
        + " à "
        + StatisticsTexts.month(to.getValue().toString())
        + ", "
        + (departement.getValue() == null
            ? "les " + count + " départements"
            : "le département « " + departement.getValue() + " »")
        + " et l'ensemble des départements ; les téléchargements contiennent tous les"
        + " départements.";
  }

  /**
   * The tables read, in one publication: already suppressed by {@link NationalFigures}, put
   * together as they are (never suppressed a second time here), with the threshold they went
   * through.
   */
  private Publication publication() {
    List<Publication> publications = List.copyOf(read);
    List<StatisticalTable> tables =
        publications.stream().flatMap(p -> p.tables().stream()).toList();
    Publication first = publications.get(0);
    return new Publication(
        "Statistiques nationales de l'orientation des bénéficiaires du RSA",
        first.period(),
        first.source(),
        tables,
        first.suppressionThreshold().isPresent()
            ? first.suppressionThreshold()
            : OptionalInt.empty());
  }
}
