package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import fr.aiguillage.orientation.ResponseTimes.StructureResponses;
import java.util.List;
import java.util.function.IntFunction;

/**
 * "Réponse des structures": over a chosen period, the total, each structure's median answer time as
 * bars, then its referrals, answers and first appointments in a grid. Read again on each change of
 * period; the new total is announced to screen readers.
 */
class ResponseTimesSection extends Section {
  private final IntFunction<List<StructureResponses>> ofLast;
  private final Select<Integer> period = new Select<>();
  private final Paragraph total = new Paragraph();
  private final ResponseChart chart = new ResponseChart();
  private final ResponseGrid grid = new ResponseGrid();

  /** {@code ofLast} reads the structures' answers over the last given number of days. */
  ResponseTimesSection(IntFunction<List<StructureResponses>> ofLast) {
    this.ofLast = ofLast;
    setId("response-times");
    addClassName("coordination-section");
    H2 title = new H2("Réponse des structures");
    title.setId("response-times-title");
    getElement().setAttribute("aria-labelledby", "response-times-title");
    Paragraph explanation =
        new Paragraph(
            "Les orientations adressées à chaque structure sur la période, et ce qu'elle en a fait."
                + " Délai médian : la moitié des réponses arrivent dans ce délai ; « 90\u00a0%"
                + " répondent en » : neuf réponses sur dix. Entre parenthèses, la part des refus"
                + " parmi les réponses et celle des absences parmi les rendez-vous. « — » : pas"
                + " encore assez de données.");
    explanation.setId("response-times-explanation");
    explanation.addClassName("secondary");
    period.setId("response-period");
    period.setLabel("Période");
    period.setItems(ResponseTexts.PERIODS);
    period.setItemLabelGenerator(d -> d == null ? "" : ResponseTexts.period(d));
    period.setValue(ResponseTexts.DEFAULT_PERIOD);
    period.addValueChangeListener(change -> show());
    total.setId("response-total");
    total.getElement().setAttribute("aria-live", "polite");
    add(title, explanation, period, total, chart, grid);
  }

  /** Reads and shows the structures' answers over the chosen period. */
  void show() {
    int days = period.getValue();
    List<StructureResponses> responses = ofLast.apply(days);
    total.setText(ResponseTexts.total(responses, days));
    chart.show(responses);
    grid.setItems(responses);
  }
}
