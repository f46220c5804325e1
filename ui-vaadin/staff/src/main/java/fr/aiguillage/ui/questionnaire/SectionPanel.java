package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.questionnaire.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of the questionnaire: its title as a heading, where it comes from, its questions; for
 * a département section being edited, the buttons that change it. Its place among the département's
 * sections ({@code index}) is what it reports to {@link Actions}; a national section has none.
 */
class SectionPanel extends Section {
  /** What the panel asks of the outline around it. */
  interface Actions {
    void addQuestion(int section);

    void editSection(int section);

    void removeSection(int section);

    void editQuestion(int section, int question);

    void removeQuestion(int section, int question);
  }

  private final List<QuestionItem> items = new ArrayList<>();
  private final Button addQuestion = new Button("Ajouter une question", VaadinIcon.PLUS.create());

  SectionPanel(
      fr.aiguillage.questionnaire.Section section,
      String id,
      int index,
      boolean editable,
      Actions actions) {
    boolean changeable = editable && !section.national();
    setId(id);
    addClassName("questionnaire-section");
    H2 title = new H2(section.title());
    title.setId(id + "-title");
    getElement().setAttribute("aria-labelledby", id + "-title");
    HorizontalLayout header = new HorizontalLayout(title, new OriginBadge(section.national()));
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setWrap(true);
    Paragraph code = new Paragraph("Code de la section : " + section.code());
    code.addClassName("secondary");
    add(header, code);
    if (changeable) {
      add(sectionButtons(id, index, section.title(), actions));
    }
    add(questions(section.questions(), id, index, changeable, actions));
  }

  List<QuestionItem> items() {
    return List.copyOf(items);
  }

  void focusAddQuestion() {
    addQuestion.focus();
  }

  private HorizontalLayout sectionButtons(String id, int index, String title, Actions actions) {
    addQuestion.setId(id + "-add-question");
    addQuestion.setAriaLabel("Ajouter une question à la section « " + title + " »");
    addQuestion.addClickListener(click -> actions.addQuestion(index));
    Button rename = new Button("Modifier la section", click -> actions.editSection(index));
    rename.setId(id + "-edit");
    rename.setAriaLabel("Modifier la section « " + title + " »");
    Button remove = new Button("Retirer la section", click -> actions.removeSection(index));
    remove.setId(id + "-remove");
    remove.setAriaLabel("Retirer la section « " + title + " » et ses questions");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    HorizontalLayout buttons = new HorizontalLayout(addQuestion, rename, remove);
    buttons.setWrap(true);
    return buttons;
  }

  private Component questions(
      List<Question> questions, String id, int index, boolean changeable, Actions actions) {
    if (questions.isEmpty()) {
      Paragraph empty = new Paragraph("Aucune question pour l'instant.");
      empty.setId(id + "-empty");
      empty.addClassName("secondary");
      return empty;
    }
    UnorderedList list = new UnorderedList();
    list.addClassName("questionnaire-questions");
    list.getElement().setAttribute("aria-labelledby", id + "-title");
    for (int i = 0; i < questions.size(); i++) {
      int at = i;
      QuestionItem item =
          new QuestionItem(
              questions.get(i),
              changeable,
              () -> actions.editQuestion(index, at),
              () -> actions.removeQuestion(index, at));
      items.add(item);
      list.add(item);
    }
    return list;
  }
}
