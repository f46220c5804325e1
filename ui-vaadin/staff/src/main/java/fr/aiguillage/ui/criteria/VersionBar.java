package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.aiguillage.criteria.CriteriaVersionDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** The version in force and the list of versions to look at. */
class VersionBar extends Div {
  private final Paragraph inForce = new Paragraph();
  private final Select<CriteriaVersionDetails> select = new Select<>();

  /** {@code onPick} hears the person's choices only, not the page's own selections. */
  VersionBar(Consumer<CriteriaVersionDetails> onPick) {
    addClassName("version-bar");
    inForce.setId("in-force");
    inForce.addClassName("in-force");
    select.setId("version-select");
    select.setLabel("Version affichée");
    select.setWidth("min(100%, 36em)");
    select.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null) {
            onPick.accept(change.getValue());
          }
        });
    add(inForce, select);
  }

  void show(
      List<CriteriaVersionDetails> versions,
      CriteriaVersionDetails current,
      LocalDate today,
      CriteriaVersionDetails selected) {
    inForce.setText(VersionLabels.inForce(current));
    select.setItemLabelGenerator(
        v -> v == null ? "" : VersionLabels.option(v, current.version(), today));
    select.setItems(versions);
    select.setValue(selected);
  }

  void select(CriteriaVersionDetails version) {
    select.setValue(version);
  }

  CriteriaVersionDetails selected() {
    return select.getValue();
  }
}
