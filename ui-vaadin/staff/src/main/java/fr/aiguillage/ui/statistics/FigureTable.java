package fr.aiguillage.ui.statistics;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A chart's figures as a plain HTML table: a caption, the columns' headers, one row a month headed
 * by the month. It scrolls sideways in a region that takes the keyboard's focus, so it can be read
 * and scrolled without a mouse.
 */
class FigureTable extends Div {
  FigureTable(String id, String caption, List<String> headers, List<List<String>> rows) {
    setId(id);
    addClassName("statistics-table-region");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("tabindex", "0");
    getElement().setAttribute("aria-label", caption);
    NativeTable table = new NativeTable();
    table.addClassName("statistics-table");
    table.setCaptionText(caption);
    NativeTableRow head = table.getHead().addRow();
    for (String header : headers) {
      NativeTableHeaderCell th = new NativeTableHeaderCell(header);
      th.getElement().setAttribute("scope", "col");
      head.add(th);
    }
    NativeTableBody body = table.getBody();
    for (List<String> row : rows) {
      NativeTableRow tr = body.addRow();
      NativeTableHeaderCell month = new NativeTableHeaderCell(row.get(0));
      month.getElement().setAttribute("scope", "row");
      tr.add(month);
      for (String value : row.subList(1, row.size())) {
        tr.add(new NativeTableCell(value));
      }
    }
    add(table);
  }
}
