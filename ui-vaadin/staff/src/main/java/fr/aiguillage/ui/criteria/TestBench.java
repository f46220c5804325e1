package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.shared.FieldError;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * "Banc d'essai": answers typed for an imaginary person, "Tester", and the proposal. It knows no
 * service: the view runs the test with the rules it shows.
 */
class TestBench extends Section {
  private final BenchForm form = new BenchForm();
  private final ProposalPanel proposal = new ProposalPanel();
  private final Button test = new Button("Tester", VaadinIcon.PLAY.create());
  private final Button clear = new Button("Effacer les réponses");
  private Questionnaire questionnaire;

  TestBench(BiConsumer<Map<String, Object>, Integer> onTest) {
    setId("bench");
    addClassName("test-bench");
    H2 title = new H2("Banc d'essai");
    title.setId("bench-title");
    getElement().setAttribute("aria-labelledby", "bench-title");
    test.setId("bench-test");
    test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    test.addClickListener(click -> onTest.accept(form.answers(), form.age()));
    clear.setId("bench-clear");
    clear.addClickListener(
        click -> {
          form.clear();
          proposal.clear();
          form.age.focus();
        });
    HorizontalLayout buttons = new HorizontalLayout(test, clear);
    buttons.addClassName("form-actions");
    add(
        title,
        new Paragraph(
            "Répondez aux questions comme le ferait une personne, puis « Tester » : vous voyez la"
                + " proposition des règles affichées et la règle qui l'a décidée. Rien n'est"
                + " enregistré."),
        form,
        buttons,
        proposal);
  }

  void show(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    form.show(questionnaire);
  }

  void showProposal(Proposal shown, String testedWith) {
    form.clearErrors();
    proposal.show(shown, testedWith, questionnaire);
  }

  /** Refused answers go on their fields; returns the messages without one. */
  List<String> showErrors(List<FieldError> errors) {
    proposal.clear();
    return form.showErrors(errors);
  }

  void clearProposal() {
    proposal.clear();
  }
}
