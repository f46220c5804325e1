package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.html.Div;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.Notices;
import java.util.ArrayList;
import java.util.List;

/**
 * Every section in order: the national ones, read-only, then the département's, which an
 * administrator changes through dialogs. It knows no service: it edits {@link Additions} and says
 * when they changed.
 */
class QuestionnaireOutline extends Div implements SectionPanel.Actions {
  private final Runnable onChange;
  private final Runnable focusAfterLastSection;
  private final List<SectionPanel> departementPanels = new ArrayList<>();
  private final List<SectionPanel> allPanels = new ArrayList<>();
  private Additions additions;
  private boolean editable;

  /** {@code focusAfterLastSection} moves the focus out when no département section is left. */
  QuestionnaireOutline(Runnable onChange, Runnable focusAfterLastSection) {
    this.onChange = onChange;
    this.focusAfterLastSection = focusAfterLastSection;
    setId("questionnaire-outline");
    addClassName("questionnaire-outline");
  }

  void show(Additions additions, boolean editable) {
    this.additions = additions;
    this.editable = editable;
    render();
  }

  void addSection() {
    new SectionDialog(
            null,
            additions.sectionCodesBut(null),
            (code, title) -> {
              int at = additions.addSection(code, title);
              changed();
              departementPanels.get(at).focusAddQuestion();
            })
        .open();
  }

  @Override
  public void addQuestion(int section) {
    String title = "Ajouter une question à « " + additions.section(section).title() + " »";
    new QuestionDialog(
            title,
            null,
            additions.questionCodesBut(null),
            q -> {
              int at = additions.addQuestion(section, q);
              changed();
              departementPanels.get(section).items().get(at).focusEdit();
            })
        .open();
  }

  @Override
  public void editSection(int section) {
    Section shown = additions.section(section);
    new SectionDialog(
            shown,
            additions.sectionCodesBut(shown.code()),
            (code, title) -> {
              additions.renameSection(section, code, title);
              changed();
              departementPanels.get(section).focusAddQuestion();
            })
        .open();
  }

  @Override
  public void removeSection(int section) {
    Section removed = additions.section(section);
    if (removed.questions().isEmpty()) {
      retireSection(section);
    } else {
      RemovalConfirm.section(
          removed.title(), removed.questions().size(), () -> retireSection(section));
    }
  }

  private void retireSection(int section) {
    Section removed = additions.section(section);
    additions.removeSection(section);
    changed();
    if (departementPanels.isEmpty()) {
      focusAfterLastSection.run();
    } else {
      departementPanels.get(Math.min(section, departementPanels.size() - 1)).focusAddQuestion();
    }
    Notices.success(
        "Section « "
            + removed.title()
            + " » retirée. Enregistrez une nouvelle version pour"
            + " l'appliquer.");
  }

  @Override
  public void editQuestion(int section, int question) {
    Question shown = additions.section(section).questions().get(question);
    new QuestionDialog(
            "Modifier la question",
            shown,
            additions.questionCodesBut(shown.code()),
            q -> {
              additions.replaceQuestion(section, question, q);
              changed();
              departementPanels.get(section).items().get(question).focusEdit();
            })
        .open();
  }

  @Override
  public void removeQuestion(int section, int question) {
    Question removed = additions.section(section).questions().get(question);
    additions.removeQuestion(section, question);
    changed();
    departementPanels.get(section).focusAddQuestion();
    Notices.success(
        "Question « "
            + removed.label()
            + " » retirée. Enregistrez une nouvelle version pour"
            + " l'appliquer.");
  }

  /** Puts each refusal about a question (its code as field) under that question. */
  void showErrors(List<FieldError> errors) {
    for (FieldError error : errors) {
      allPanels.stream()
          .flatMap(panel -> panel.items().stream())
          .filter(item -> item.code().equals(error.field()))
          .forEach(item -> item.showError(error.message()));
    }
  }

  private void changed() {
    render();
    onChange.run();
  }

  private void render() {
    removeAll();
    departementPanels.clear();
    allPanels.clear();
    for (Section s : additions.national()) {
      allPanels.add(new SectionPanel(s, "section-" + s.code(), -1, false, this));
    }
    List<Section> own = additions.sections();
    for (int i = 0; i < own.size(); i++) {
      SectionPanel panel =
          new SectionPanel(own.get(i), "departement-section-" + i, i, editable, this);
      departementPanels.add(panel);
      allPanels.add(panel);
    }
    allPanels.forEach(this::add);
  }
}
