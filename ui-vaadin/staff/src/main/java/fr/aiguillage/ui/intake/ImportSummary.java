package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.intake.ImportRun;
import fr.aiguillage.intake.ImportRunDetails;
import fr.aiguillage.ui.kit.Formats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import did, announced politely: its outcome, then the rows read, created, updated,
 * unchanged and refused. Why a run stopped is an alert. Both regions stay in the page, empty, so
 * that screen readers hear what is written into them.
 */
class ImportSummary extends Div {
  static final String ALERT_CLASS = "import-alert-text";

  private final Div status = new Div();
  private final Div alert = new Div();

  ImportSummary() {
    status.setId("import-summary");
    status.getElement().setAttribute("role", "status");
    alert.setId("import-failure");
    alert.getElement().setAttribute("role", "alert");
    alert.getStyle().set("color", "var(--lumo-error-text-color)");
    add(alert, status);
  }

  void show(ImportRunDetails run) {
    clear();
    status.add(new Paragraph(IntakeTexts.outcome(run)));
    Map<String, Integer> counts = new LinkedHashMap<>();
    boolean flow = IntakeTexts.isFlow(run);
    counts.put(flow ? "Foyers lus" : "Lignes lues", run.rowsRead());
    counts.put("Créées", run.created());
    counts.put("Mises à jour", run.updated());
    counts.put("Inchangées", run.unchanged());
    counts.put(flow ? "Foyers refusés" : "Refusées", run.rejected());
    if (flow) {
      counts.put("Hors champ", run.outOfScope());
      counts.put("Sorties du RSA", run.exited());
    }
    DescriptionList list = new DescriptionList();
    list.setId("import-counts");
    counts.forEach(
        (term, n) ->
            list.add(
                new DescriptionList.Term(term),
                new DescriptionList.Description(Formats.thousands(n))));
    status.add(list);
    if (run.status() == ImportRun.Status.FAILED) {
      alert.setText(
          "L'import s'est arrêté : "
              + (run.failure() == null ? "raison inconnue." : run.failure()));
      alert.addClassName(ALERT_CLASS);
    }
  }

  void clear() {
    status.removeAll();
    alert.setText("");
    alert.removeClassName(ALERT_CLASS);
  }
}
