package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import fr.aiguillage.criteria.ReplayReport;
import fr.aiguillage.criteria.ReplayReport.Change;

/**
 * "Rejouer sur les diagnostics passés": the table shown replayed on the département's completed
 * diagnostics, next to the table in force. It knows no service: the view runs the replay with the
 * rules it shows.
 */
class ReplayPanel extends Section {
  private final Button replay = new Button("Rejouer cette table", VaadinIcon.REFRESH.create());
  private final Paragraph summary = new Paragraph();
  private final Paragraph source = new Paragraph();
  private final ReplayChart chart = new ReplayChart();
  private final Paragraph truncated = new Paragraph();
  private final Grid<Change> changes = new Grid<>();
  private final Div result = new Div();

  ReplayPanel(Runnable onReplay) {
    setId("replay-section");
    addClassName("replay-panel");
    H2 title = new H2("Rejouer sur les diagnostics passés");
    title.setId("replay-title");
    getElement().setAttribute("aria-labelledby", "replay-title");
    replay.setId("replay");
    replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    replay.setDisableOnClick(true);
    replay.addClickListener(
        click -> {
          try {
            onReplay.run();
          } finally {
            replay.setEnabled(true);
          }
        });
    summary.setId("replay-summary");
    summary.addClassName("replay-summary");
    Div live = new Div(summary);
    live.getElement().setAttribute("aria-live", "polite");
    source.setId("replay-source");
    source.addClassName("secondary");
    truncated.setId("replay-truncated");
    changes.setId("replay-changes");
    changes.setAriaLabel("Personnes dont la proposition changerait");
    changes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    changes.setEmptyStateText("Aucune proposition ne changerait.");
    column("name", "Personne", Change::name).setFlexGrow(1);
    column("before", "Avant", c -> ReplayBars.proposal(c.before(), c.ruleBefore())).setFlexGrow(1);
    column("after", "Après", c -> ReplayBars.proposal(c.after(), c.ruleAfter())).setFlexGrow(1);
    column("why", "Pourquoi", Change::why).setFlexGrow(3);
    H3 changed = new H3("Personnes dont la proposition changerait");
    changed.setId("replay-changes-title");
    result.setId("replay-result");
    result.add(source, chart, changed, truncated, changes);
    result.setVisible(false);
    add(
        title,
        new Paragraph(
            "« Rejouer cette table » applique les règles affichées aux diagnostics terminés du"
                + " département et les compare à la table en vigueur : combien de personnes par"
                + " parcours, et qui verrait sa proposition changer. Rien n'est modifié."),
        replay,
        live,
        result);
  }

  private Grid.Column<Change> column(String key, String header, ValueProvider<Change, String> v) {
    return changes.addColumn(v).setKey(key).setHeader(header).setSortable(true);
  }

  void show(ReplayReport report) {
    summary.setText(ReplayBars.summary(report) + ".");
    source.setText("Table rejouée : " + report.candidate() + ".");
    chart.show(report.before(), report.after());
    String note = ReplayBars.truncated(report);
    truncated.setText(note);
    truncated.setVisible(!note.isEmpty());
    changes.setItems(report.changes());
    result.setVisible(true);
  }

  void clear() {
    summary.setText("");
    result.setVisible(false);
  }
}
