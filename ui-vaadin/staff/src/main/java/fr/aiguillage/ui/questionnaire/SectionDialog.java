package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.questionnaire.Section;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Adds or renames a département section (title and code); for a new section the code follows the
 * title until the person types one.
 */
class SectionDialog extends Dialog {
  private final TextField title = new TextField("Titre de la section");
  private final TextField code = new TextField("Code de la section");
  private boolean codeTyped;

  /** {@code shown} is the section renamed, or {@code null} for a new one. */
  SectionDialog(Section shown, Set<String> takenCodes, BiConsumer<String, String> onValid) {
    setId("section-dialog");
    setHeaderTitle(shown == null ? "Ajouter une section" : "Modifier la section");
    setCloseOnOutsideClick(false);
    title.setId("section-title");
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(200);
    title.setManualValidation(true);
    code.setId("section-code");
    code.setRequiredIndicatorVisible(true);
    code.setMaxLength(50);
    code.setManualValidation(true);
    code.setHelperText("Lettres minuscules sans accent, chiffres et _ ; commence par une lettre.");
    title.setValue(shown == null ? "" : shown.title());
    code.setValue(shown == null ? "" : shown.code());
    codeTyped = shown != null;
    title.addValueChangeListener(
        e -> {
          if (!codeTyped) {
            code.setValue(Codes.suggest(e.getValue()));
          }
        });
    code.addValueChangeListener(e -> codeTyped |= e.isFromClient());
    add(new FormLayout(title, code));
    Button valid = new Button("Valider", click -> confirm(takenCodes, onValid));
    valid.setId("section-valid");
    valid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("section-cancel");
    getFooter().add(cancel, valid);
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            title.focus();
          }
        });
  }

  private void confirm(Set<String> takenCodes, BiConsumer<String, String> onValid) {
    String typedTitle = title.getValue().strip();
    String typedCode = code.getValue().strip();
    Optional<String> titleProblem =
        typedTitle.isEmpty() ? Optional.of("Saisissez le titre de la section.") : Optional.empty();
    Optional<String> codeProblem = Codes.sectionProblem(typedCode, takenCodes);
    show(title, titleProblem);
    show(code, codeProblem);
    if (titleProblem.isPresent()) {
      title.focus();
    } else if (codeProblem.isPresent()) {
      code.focus();
    } else {
      close();
      onValid.accept(typedCode, typedTitle);
    }
  }

  private static void show(TextField field, Optional<String> problem) {
    field.setInvalid(problem.isPresent());
    problem.ifPresent(field::setErrorMessage);
  }
}
