package fr.aiguillage.ui.coordination;

import fr.aiguillage.orientation.ResponseTimes.StructureResponses;
import java.util.List;

/**
 * The median time each structure takes to answer, one bar per structure with the time written
 * beside it; the structures without any answer yet are listed with "pas encore de réponse". Screen
 * readers read a sentence per bar; the grid below gives the same numbers and more.
 */
class ResponseChart extends BarChart {
  static final String BAR = BacklogChart.WITHIN;

  ResponseChart() {
    super("response-chart", "Délai médian de réponse par structure", ResponseTexts.NOTHING);
  }

  void show(List<StructureResponses> responses) {
    double max = ResponseTexts.maxMedianHours(responses);
    draw(responses.stream().map(r -> row(r, max)).toList());
  }

  private static ChartRow row(StructureResponses r, double max) {
    Double hours = r.medianAnswerHours();
    return new ChartRow(
        "response-bar-" + r.structureId(),
        ResponseTexts.medianSentence(r),
        r.structureName(),
        ResponseTexts.medianNumbers(r),
        ChartRow.segment(BAR, hours == null ? 0 : CoordinationTexts.percent(hours, max)));
  }
}
