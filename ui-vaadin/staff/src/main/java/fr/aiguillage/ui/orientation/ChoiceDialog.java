package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.function.BiConsumer;

/** Asks to choose one option before a step (a free slot, whether the person came). */
class ChoiceDialog<T> extends StepDialog {
  private final String prefix;
  private final RadioButtonGroup<T> choice = new RadioButtonGroup<>();
  private final BiConsumer<ChoiceDialog<T>, T> onConfirm;
  private String missing = "";

  /** Ids are {@code prefix}-dialog, {@code prefix}-{@code field}, -confirm and -cancel. */
  ChoiceDialog(
      String prefix,
      String field,
      String title,
      String explanation,
      String confirmText,
      BiConsumer<ChoiceDialog<T>, T> onConfirm) {
    super(prefix, title, explanation, confirmText);
    this.prefix = prefix;
    this.onConfirm = onConfirm;
    choice.setId(prefix + "-" + field);
    choice.setRequiredIndicatorVisible(true);
    choice.setManualValidation(true);
    choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    choice.setWidthFull();
    add(choice);
  }

  /**
   * The options, labelled; with none, the sentence {@code none} (id {@code prefix}-empty) stands in
   * their place and nothing can be confirmed.
   *
   * @param missing what to say when confirming without a choice
   */
  ChoiceDialog<T> ask(
      String label, List<T> options, ItemLabelGenerator<T> labels, String missing, String none) {
    this.missing = missing;
    choice.setLabel(label);
    choice.setItemLabelGenerator(labels);
    choice.setItems(options);
    if (options.isEmpty()) {
      Paragraph empty = new Paragraph(none);
      empty.setId(prefix + "-empty");
      choice.setVisible(false);
      withoutConfirm();
      add(empty);
    }
    return this;
  }

  @Override
  public void refuse(String message) {
    choice.setErrorMessage(message);
    choice.setInvalid(true);
    focusField();
  }

  @Override
  void confirm() {
    if (choice.getValue() == null) {
      refuse(missing);
      return;
    }
    choice.setInvalid(false);
    onConfirm.accept(this, choice.getValue());
  }

  @Override
  void focusField() {
    if (choice.isVisible()) {
      choice.getElement().callJsFunction("focus");
    }
  }
}
