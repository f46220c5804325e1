package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import fr.aiguillage.ui.kit.Formats;
import java.time.ZoneId;

/** "Diagnostic — name", the diagnostic's status as a badge, and when it was completed. */
class DiagnosticHeader extends VerticalLayout {
  static final String COMPLETED = "COMPLETED";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final H1 title = new H1();
  private final Span status = new Span();
  private final Paragraph detail = new Paragraph();

  DiagnosticHeader() {
    setPadding(false);
    setSpacing(false);
    title.setId("page-title");
    status.setId("diagnostic-status");
    detail.setId("diagnostic-detail");
    detail.addClassName("secondary");
    HorizontalLayout row = new HorizontalLayout(title, status);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    add(row, detail);
  }

  void show(String personName, DiagnosticDetails d) {
    title.setText("Diagnostic de " + personName);
    status.setText(statusLabel(d.status()));
    status.getElement().getThemeList().clear();
    status.getElement().getThemeList().add("badge");
    status.getElement().getThemeList().add(COMPLETED.equals(d.status()) ? "success" : "primary");
    detail.setText(
        d.completedAt() == null
            ? "Questionnaire version " + d.questionnaireVersion()
            : "Terminé le "
                + Formats.day(d.completedAt().atZone(PARIS).toLocalDate())
                + " · questionnaire version "
                + d.questionnaireVersion());
  }

  static String statusLabel(String status) {
    return COMPLETED.equals(status) ? "Terminé" : "En cours";
  }
}
