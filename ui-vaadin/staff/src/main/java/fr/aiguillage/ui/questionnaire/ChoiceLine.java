package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.questionnaire.Choice;
import java.util.function.Consumer;

/** One possible answer of a choice question: its code, its label, and a button to retire it. */
class ChoiceLine extends HorizontalLayout {
  final TextField code = new TextField();
  final TextField label = new TextField();
  private final Button remove = new Button("Retirer");

  ChoiceLine(Choice choice, Consumer<ChoiceLine> onRemove) {
    addClassName("choice-line");
    setWrap(true);
    setAlignItems(FlexComponent.Alignment.BASELINE);
    code.setValue(choice.code() == null ? "" : choice.code());
    label.setValue(choice.label() == null ? "" : choice.label());
    code.setMaxLength(50);
    code.setHelperText("Ex. : PERMIS_B");
    label.setMaxLength(200);
    code.setManualValidation(true);
    label.setManualValidation(true);
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.addClickListener(click -> onRemove.accept(this));
    add(code, label, remove);
  }

  /** Its number in the list (from 1): labels and ids follow it. */
  void setNumber(int number) {
    code.setLabel("Code de la réponse " + number);
    label.setLabel("Libellé de la réponse " + number);
    remove.setAriaLabel("Retirer la réponse " + number);
    code.setId("choice-" + number + "-code");
    label.setId("choice-" + number + "-label");
    remove.setId("choice-" + number + "-remove");
  }

  boolean isBlank() {
    return code.getValue().isBlank() && label.getValue().isBlank();
  }

  Choice choice() {
    return new Choice(code.getValue().strip(), label.getValue().strip());
  }

  void clearErrors() {
    code.setInvalid(false);
    label.setInvalid(false);
  }

  void focus() {
    code.focus();
  }

  void focusRemove() {
    remove.focus();
  }
}
