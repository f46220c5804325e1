package fr.aiguillage.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.contract.ContractKind;
import fr.aiguillage.contract.TemplateDetails;
import fr.aiguillage.contract.TemplateSection;
import fr.aiguillage.shared.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TemplateEditorTest {
  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  private final AtomicInteger saves = new AtomicInteger();

  static TemplateDetails template(String status) {
    return new TemplateDetails(
        UUID.randomUUID(),
        ContractKind.SIMPLIFIE,
        ContractKind.SIMPLIFIE.label(),
        2,
        status,
        "Contrat simplifié",
        List.of(
            new TemplateSection("Les parties", "Entre {{departement.nom}} et vous."),
            new TemplateSection("Vos engagements", "- venir aux rendez-vous")),
        List.of("Mention 1"),
        "DRAFT".equals(status) ? null : TODAY,
        "PUBLISHED".equals(status),
        null,
        "admin-08",
        null,
        null,
        null,
        3);
  }

  private TemplateEditor editor(boolean admin, TemplateDetails t) {
    TemplateEditor editor =
        new TemplateEditor(
            admin,
            new TemplateEditor.Actions() {
              @Override
              public void save() {
                saves.incrementAndGet();
              }

              @Override
              public void publish() {}

              @Override
              public void archive() {}

              @Override
              public void newDraft() {}
            });
    editor.show(t, TODAY);
    return editor;
  }

  @Test
  void givesBackWhatItShowsAndWhatWasTyped() {
    TemplateEditor editor = editor(true, template("DRAFT"));
    assertThat(editor.sections()).hasSize(2);
    Find.byId(editor, "section-1-body", TextArea.class).setValue("- venir\n- appeler");
    Find.byId(editor, "add-section", Button.class).click();
    assertThat(editor.sections()).hasSize(3);
    assertThat(editor.sections().get(1).body()).isEqualTo("- venir\n- appeler");
    Find.byId(editor, "section-0-remove", Button.class).click();
    assertThat(editor.sections())
        .extracting(TemplateSection::heading)
        .containsExactly("Vos engagements", "");
    assertThat(Find.byId(editor, "section-0-heading", TextField.class).getValue())
        .as("ids follow the order")
        .isEqualTo("Vos engagements");
    assertThat(editor.isDirty()).isTrue();
    assertThat(Find.byId(editor, "template-publish", Button.class).isEnabled())
        .as("saved before published")
        .isFalse();
    Find.byId(editor, "template-save", Button.class).click();
    assertThat(saves).hasValue(1);
  }

  @Test
  void putsAnUnknownFieldOnItsSectionWithLineAndColumn() {
    TemplateEditor editor = editor(true, template("DRAFT"));
    String message =
        "Section 2 « Vos engagements », ligne 2, colonne 8 : champ inconnu « personne.nomm »";
    List<String> unplaced =
        editor.showErrors(
            List.of(
                new FieldError("sections[1].body", message, "Section 2", 2, 8),
                new FieldError("legalMentions[0]", "Mention légale 1 : vide", null, null, null)));
    TextArea body = Find.byId(editor, "section-1-body", TextArea.class);
    assertThat(body.isInvalid()).isTrue();
    assertThat(body.getErrorMessage()).contains("ligne 2, colonne 8");
    assertThat(Find.byId(editor, "section-0-body", TextArea.class).isInvalid()).isFalse();
    assertThat(unplaced).containsExactly("Mention légale 1 : vide");
    editor.clearErrors();
    assertThat(body.isInvalid()).isFalse();
  }

  @Test
  void aPublishedVersionOrAnAgentOnlyReads() {
    TemplateEditor published = editor(true, template("PUBLISHED"));
    assertThat(Find.byId(published, "template-title", TextField.class).isReadOnly()).isTrue();
    assertThat(Find.byId(published, "template-save", Button.class).isVisible()).isFalse();
    assertThat(Find.byId(published, "template-new-draft", Button.class).isVisible()).isTrue();
    assertThat(Find.byId(published, "template-archive", Button.class).isVisible()).isTrue();
    assertThat(Find.byId(published, "merge-personne-nom", Button.class).isEnabled()).isFalse();

    TemplateEditor agent = editor(false, template("DRAFT"));
    assertThat(Find.byId(agent, "section-0-body", TextArea.class).isReadOnly()).isTrue();
    assertThat(Find.byId(agent, "template-save", Button.class).isVisible()).isFalse();
    assertThat(Find.byId(agent, "template-publish", Button.class).isVisible()).isFalse();
    assertThat(
            Find.byId(agent, "editor-status", com.vaadin.flow.component.html.Paragraph.class)
                .getText())
        .startsWith("Lecture seule");
  }

  @Test
  void theCaretTheBrowserReportsStaysInsideTheText() {
    assertThat(CaretRange.parse("3,5", 10)).containsExactly(3, 5);
    assertThat(CaretRange.parse("12,15", 10)).containsExactly(10, 10);
    assertThat(CaretRange.parse("", 10)).as("nothing said: at the end").containsExactly(10, 10);
    assertThat(CaretRange.parse("6,2", 10)).containsExactly(6, 6);
  }
}
