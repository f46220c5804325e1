package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.criteria.Rule;
import fr.aiguillage.criteria.RuleError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule table being read or edited, in order: the first rule whose condition holds decides. It
 * knows no service: the view gives it rules, takes them back, and brings the refusals.
 */
class RuleEditor extends Div implements RuleRow.Actions {
  static final String CATCH_ALL = "true";

  private final Runnable onEdit;
  private final OrderedList list = new OrderedList();
  private final List<RuleRow> rows = new ArrayList<>();
  private final Div errorSummary = new Div();
  private final UnorderedList errorList = new UnorderedList();
  private final Button add = new Button("Ajouter une règle", VaadinIcon.PLUS.create());
  private boolean editable;

  RuleEditor(Runnable onEdit) {
    this.onEdit = onEdit;
    addClassName("rule-editor");
    list.setId("rules");
    list.addClassName("rule-list");
    list.getElement().setAttribute("aria-label", "Règles, dans l'ordre où elles sont essayées");
    errorSummary.setId("rule-errors");
    errorSummary.addClassName("rule-errors");
    errorSummary.add(new Paragraph("Erreurs à corriger :"), errorList);
    errorSummary.setVisible(false);
    add.setId("add-rule");
    add.addClickListener(click -> addRule());
    add(errorSummary, list, add);
  }

  void show(List<Rule> rules) {
    rows.clear();
    rules.forEach(rule -> rows.add(new RuleRow(rule, this)));
    render();
    clearErrors();
  }

  List<Rule> rules() {
    return rows.stream().map(RuleRow::rule).toList();
  }

  void setEditable(boolean editable) {
    this.editable = editable;
    rows.forEach(r -> r.setEditable(editable));
    add.setVisible(editable);
  }

  /**
   * Puts each refusal under its field, lists them all above the table, focuses the first field in
   * error, and returns the refusals that have no field here (about the whole table).
   */
  List<String> showErrors(List<RuleError> errors) {
    clearErrors();
    List<String> unplaced = new ArrayList<>();
    HasValidation first = null;
    for (RuleError error : errors) {
      errorList.add(new ListItem(error.describe()));
      Optional<RuleErrors.Place> place =
          RuleErrors.place(error.field()).filter(p -> p.row() < rows.size());
      if (place.isEmpty()) {
        unplaced.add(error.describe());
        continue;
      }
      HasValidation field =
          rows.get(place.get().row()).addError(place.get().field(), RuleErrors.inline(error));
      first = first == null ? field : first;
    }
    errorSummary.setVisible(!errors.isEmpty());
    if (first instanceof Focusable<?> focusable) {
      focusable.focus();
    }
    return unplaced;
  }

  void clearErrors() {
    rows.forEach(RuleRow::clearErrors);
    errorList.removeAll();
    errorSummary.setVisible(false);
  }

  /** Where "Ajouter une règle" puts a new rule: before a final catch-all, which must stay last. */
  static int insertionIndex(List<Rule> rules) {
    if (!rules.isEmpty()
        && CATCH_ALL.equals(String.valueOf(rules.get(rules.size() - 1).condition()).strip())) {
      return rules.size() - 1;
    }
    return rules.size();
  }

  @Override
  public void moveUp(RuleRow row) {
    move(row, -1);
  }

  @Override
  public void moveDown(RuleRow row) {
    move(row, +1);
  }

  @Override
  public void delete(RuleRow row) {
    int at = rows.indexOf(row);
    rows.remove(at);
    render();
    onEdit.run();
    if (rows.isEmpty()) {
      add.focus();
    } else {
      rows.get(Math.min(at, rows.size() - 1)).code.focus();
    }
  }

  @Override
  public void edited() {
    onEdit.run();
  }

  private void move(RuleRow row, int by) {
    int from = rows.indexOf(row);
    int to = from + by;
    if (to < 0 || to >= rows.size()) {
      return;
    }
    rows.remove(from);
    rows.add(to, row);
    render();
    onEdit.run();
    row.focusAfterMove(by < 0);
  }

  private void addRule() {
    RuleRow row = new RuleRow(new Rule("", "", null, null, false, "", false), this);
    rows.add(insertionIndex(rules()), row);
    render();
    onEdit.run();
    row.code.focus();
  }

  private void render() {
    list.removeAll();
    for (int i = 0; i < rows.size(); i++) {
      RuleRow row = rows.get(i);
      row.setPosition(i, rows.size());
      row.setEditable(editable);
      list.add(row);
    }
  }

  List<RuleRow> rows() {
    return List.copyOf(rows);
  }
}
