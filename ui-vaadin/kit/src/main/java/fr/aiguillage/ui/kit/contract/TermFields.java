package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.contract.ContractTerm;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.ui.kit.FrenchDates;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract's dates: its start, its duration (3 to 12 months, longer with a reason), its review.
 */
class TermFields extends Div {
  final DatePicker start = FrenchDates.checkedByForm("Début du contrat");
  final IntegerField duration = new IntegerField("Durée en mois");
  final TextField longReason = new TextField("Motif d'une durée de plus de 12 mois");
  final DatePicker review = FrenchDates.checkedByForm("Date du bilan");

  TermFields(Runnable changed) {
    setId("contract-term");
    addClassName("contract-term");
    H2 title = new H2("Dates");
    title.setId("term-title");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("aria-labelledby", "term-title");
    start.setId("contract-start");
    duration.setId("contract-duration");
    duration.setMin(ContractTerm.MIN_MONTHS);
    duration.setMax(ContractTerm.MAX_MONTHS_WITH_REASON);
    duration.setStepButtonsVisible(true);
    duration.setHelperText("De 3 à 12 mois ; jusqu'à 24 avec un motif.");
    longReason.setId("contract-long-reason");
    longReason.setMaxLength(Limits.REASON);
    review.setId("contract-review");
    duration.addValueChangeListener(e -> showLongReason());
    start.addValueChangeListener(e -> changed.run());
    duration.addValueChangeListener(e -> changed.run());
    longReason.addValueChangeListener(e -> changed.run());
    review.addValueChangeListener(e -> changed.run());
    HorizontalLayout row = new HorizontalLayout(start, duration, review, longReason);
    row.setWrap(true);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(title, row);
  }

  void show(ContractTerm term, boolean editable) {
    start.setValue(term.start());
    duration.setValue(term.durationMonths());
    longReason.setValue(term.longDurationReason() == null ? "" : term.longDurationReason());
    review.setValue(term.reviewOn());
    start.setReadOnly(!editable);
    duration.setReadOnly(!editable);
    longReason.setReadOnly(!editable);
    review.setReadOnly(!editable);
    showLongReason();
  }

  private void showLongReason() {
    Integer months = duration.getValue();
    longReason.setVisible(
        (months != null && months > ContractTerm.MAX_MONTHS) || !longReason.getValue().isBlank());
  }

  Map<String, HasValidation> fields() {
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("start", start);
    fields.put("startDate", start);
    fields.put("durationMonths", duration);
    fields.put("longDurationReason", longReason);
    fields.put("reviewOn", review);
    return fields;
  }
}
