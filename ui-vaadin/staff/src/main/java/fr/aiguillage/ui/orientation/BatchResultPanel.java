package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.orientation.BatchResult;
import fr.aiguillage.orientation.QueueItem;
import fr.aiguillage.ui.beneficiary.BeneficiaryView;
import java.util.Map;
import java.util.UUID;

/**
 * What a batch validation did: how many orientations were decided, and who was left for a closer
 * look and why. The outcome is announced (role status), a refusal as an alert; both regions stay in
 * the page so that screen readers hear what is written into them.
 */
class BatchResultPanel extends Section {
  /** Red text and a bar, on the words only when there are some. */
  static final String ERROR_CLASS = "orientation-alert";

  private final H2 title = new H2("Résultat de la validation");
  private final Div status = new Div();
  private final Div alert = new Div();

  BatchResultPanel() {
    setId("batch-result");
    addClassName("batch-result");
    title.setId("batch-result-title");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("aria-labelledby", "batch-result-title");
    status.setId("batch-status");
    status.getElement().setAttribute("role", "status");
    alert.setId("batch-error");
    alert.getElement().setAttribute("role", "alert");
    add(title, alert, status);
    clear();
  }

  /** {@code selected} names the people by orientation id for the list of those left aside. */
  void show(BatchResult result, Map<UUID, QueueItem> selected) {
    clear();
    title.setVisible(true);
    int decided = result.decided().size();
    Paragraph summary =
        new Paragraph(
            decided == 0
                ? "Aucune orientation décidée."
                : decided == 1 ? "1 orientation décidée." : decided + " orientations décidées.");
    summary.setId("batch-decided");
    status.add(summary);
    if (result.skipped().isEmpty()) {
      return;
    }
    int skipped = result.skipped().size();
    status.add(
        new Paragraph(
            skipped == 1
                ? "1 personne est laissée pour une décision individuelle :"
                : skipped + " personnes sont laissées pour une décision individuelle :"));
    UnorderedList list = new UnorderedList();
    list.setId("batch-skipped");
    for (BatchResult.Skipped s : result.skipped()) {
      list.add(skippedItem(s, selected.get(s.orientationId())));
    }
    status.add(list);
  }

  void refuse(String message) {
    clear();
    title.setVisible(true);
    alert.setText("Aucune orientation n'a été décidée. " + message);
    alert.addClassName(ERROR_CLASS);
  }

  void clear() {
    status.removeAll();
    alert.setText("");
    alert.removeClassName(ERROR_CLASS);
    title.setVisible(false);
  }

  private static ListItem skippedItem(BatchResult.Skipped s, QueueItem person) {
    ListItem item = new ListItem();
    item.addClassName("batch-skipped-item");
    item.getElement().setAttribute("data-orientation", s.orientationId().toString());
    if (person == null) {
      item.add(new Span("Orientation " + s.orientationId()));
    } else {
      item.add(
          new RouterLink(
              OrientationTexts.person(person.lastName(), person.firstNames()),
              BeneficiaryView.class,
              BeneficiaryView.parameters(person.beneficiaryId())));
    }
    item.add(new Span(" : " + s.reason()));
    return item;
  }
}
