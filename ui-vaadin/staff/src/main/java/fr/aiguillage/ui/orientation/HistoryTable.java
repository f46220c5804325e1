package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fr.aiguillage.orientation.OrientationFile.Step;
import fr.aiguillage.ui.kit.Formats;
import java.util.List;

/** Every step of the orientation, oldest first: when, what, who and why. */
class HistoryTable extends Div {
  private final NativeTable table = new NativeTable();

  HistoryTable() {
    setId("orientation-history");
    addClassName("orientation-block");
    table.setId("orientation-history-table");
    table.addClassName("orientation-table");
    table.setCaptionText("Étapes de l'orientation, de la plus ancienne à la plus récente");
    NativeTableRow head = table.getHead().addRow();
    for (String column : List.of("Date", "Étape", "Par", "Motif")) {
      NativeTableHeaderCell cell = head.addHeaderCell();
      cell.setText(column);
      cell.getElement().setAttribute("scope", "col");
    }
    add(new H3("Historique"), table);
  }

  void show(List<Step> steps) {
    table.getBody().removeAllRows();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      NativeTableRow row = table.getBody().addRow();
      row.setId("history-step-" + i);
      row.addDataCell().setText(Formats.at(step.at()));
      NativeTableHeaderCell what = row.addHeaderCell();
      what.setText(step.label());
      what.getElement().setAttribute("scope", "row");
      row.addDataCell().setText(step.actor() == null ? "" : step.actor());
      row.addDataCell().setText(step.reason() == null ? "" : step.reason());
    }
  }
}
