package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.diagnostic.DiagnosticDetails.StoredProposal;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.ui.kit.Formats;
import java.time.ZoneId;

/**
 * What the criteria in force propose for this diagnostic, and why. Announced to screen readers when
 * it changes. A stored proposal has no sentence nor answers: "Calculer" shows them again.
 */
class ProposalPanel extends Section {
  static final String REVIEW = "Examen approfondi recommandé";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Button propose = new Button("Calculer la proposition");
  private final Paragraph pathway = new Paragraph();
  private final Span review = new Span(REVIEW);
  private final Paragraph kind = new Paragraph();
  private final Span rule = new Span();
  private final Paragraph explanation = new Paragraph();
  private final Div answersBlock = new Div();
  private final UnorderedList answers = new UnorderedList();
  private final Div skippedBlock = new Div();
  private final UnorderedList skipped = new UnorderedList();
  private final Paragraph version = new Paragraph();
  private final Paragraph empty =
      new Paragraph("Aucune proposition pour l'instant : enregistrez les réponses puis calculez.");
  private final Div content = new Div();

  ProposalPanel(Runnable onPropose) {
    setId("proposal");
    addClassName("proposal");
    H2 title = new H2("Proposition");
    title.setId("proposal-title");
    getElement().setAttribute("aria-labelledby", "proposal-title");
    propose.setId("propose");
    propose.addClickListener(click -> onPropose.run());
    pathway.setId("proposal-pathway");
    pathway.addClassName("proposal-pathway");
    review.setId("proposal-review");
    review.getElement().getThemeList().add("badge");
    review.getElement().getThemeList().add("error");
    kind.setId("proposal-structure");
    rule.setId("proposal-rule");
    rule.addClassName("rule-code");
    explanation.setId("proposal-explanation");
    answers.setId("proposal-answers");
    skipped.setId("proposal-skipped");
    version.setId("criteria-version");
    version.addClassName("secondary");
    empty.setId("proposal-empty");
    empty.addClassName("secondary");
    answersBlock.add(new H3("Réponses lues par cette règle"), answers);
    skippedBlock.add(new H3("Règles non évaluées faute de réponse"), skipped);
    content.add(
        pathway,
        review,
        kind,
        new Paragraph(new Span("Règle appliquée : "), rule),
        explanation,
        answersBlock,
        skippedBlock,
        version);
    content.setVisible(false);
    Div live = new Div(empty, content);
    live.getElement().setAttribute("aria-live", "polite");
    add(
        title,
        new Paragraph(
            "Les critères d'orientation du département proposent un parcours ; rien n'est décidé"
                + " sans vous."),
        propose,
        live);
  }

  void show(Proposal p, Questionnaire questionnaire) {
    pathway.setText(p.pathway().label());
    review.setVisible(p.needsReview());
    kind.setText(ProposalTexts.kind(p.targetKind()));
    rule.setText(p.decidedBy().code());
    explanation.setText(p.decidedBy().explanation());
    explanation.setVisible(true);
    answers.removeAll();
    p.decidedBy()
        .answersUsed()
        .forEach(
            (variable, value) ->
                answers.add(new ListItem(AnswerTexts.used(variable, value, questionnaire))));
    if (p.decidedBy().answersUsed().isEmpty()) {
      answers.add(new ListItem("Aucune : cette règle s'applique à tous les cas restants."));
    }
    answersBlock.setVisible(true);
    skipped.removeAll();
    p.skippedForMissingAnswers().forEach(s -> skipped.add(new ListItem(s)));
    skippedBlock.setVisible(!p.skippedForMissingAnswers().isEmpty());
    version.setText(ProposalTexts.criteriaVersion(p.ruleSetVersion()));
    reveal();
  }

  /** The proposal recorded with the diagnostic, without its sentence. */
  void show(StoredProposal p) {
    if (p == null) {
      content.setVisible(false);
      empty.setVisible(true);
      return;
    }
    pathway.setText(ProposalTexts.pathway(p.pathway()));
    review.setVisible(Boolean.TRUE.equals(p.needsReview()));
    kind.setText(ProposalTexts.kind(ProposalTexts.kind(p.targetKind())));
    rule.setText(p.rule());
    explanation.setText(
        p.at() == null
            ? ""
            : "Proposition enregistrée le "
                + Formats.day(p.at().atZone(PARIS).toLocalDate())
                + (propose.isVisible()
                    ? " ; calculez-la à nouveau pour en voir l'explication."
                    : "."));
    answersBlock.setVisible(false);
    skippedBlock.setVisible(false);
    version.setText(ProposalTexts.criteriaVersion(p.criteriaVersion()));
    reveal();
  }

  void setReadOnly(boolean readOnly) {
    propose.setVisible(!readOnly);
  }

  private void reveal() {
    empty.setVisible(false);
    content.setVisible(true);
  }
}
