package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.questionnaire.Question;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds or changes one département question; "Valider" hands it back only once the form accepts it.
 * Nothing is saved here: the question waits in the page for the next version.
 */
class QuestionDialog extends Dialog {
  private final QuestionForm form = new QuestionForm();

  QuestionDialog(String title, Question shown, Set<String> takenCodes, Consumer<Question> onValid) {
    setId("question-dialog");
    setHeaderTitle(title);
    setCloseOnOutsideClick(false);
    setWidth("min(48em, 100%)");
    form.fill(shown);
    Paragraph note =
        new Paragraph(
            "La question sera enregistrée avec la nouvelle version du questionnaire, quand vous"
                + " cliquerez sur « Enregistrer une nouvelle version ».");
    note.addClassName("secondary");
    add(note, form);
    Button valid =
        new Button("Valider", click -> form.read(takenCodes).ifPresent(q -> done(q, onValid)));
    valid.setId("question-valid");
    valid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("question-cancel");
    getFooter().add(cancel, valid);
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            form.code.focus();
          }
        });
  }

  private void done(Question question, Consumer<Question> onValid) {
    close();
    onValid.accept(question);
  }
}
