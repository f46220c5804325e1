package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.vocabulary.StructureKind;

/**
 * What the criteria propose for the bench's answers, and why: the pathway, the kind of structure,
 * the rule that decided and its sentence, the answers it read, the rules skipped for lack of an
 * answer. Announced to screen readers when it changes.
 */
class ProposalPanel extends Div {
  static final String REVIEW = "Examen approfondi recommandé";

  private final Paragraph pathway = new Paragraph();
  private final Span review = new Span(REVIEW);
  private final Paragraph structure = new Paragraph();
  private final Span rule = new Span();
  private final Paragraph explanation = new Paragraph();
  private final UnorderedList answers = new UnorderedList();
  private final Div skippedBlock = new Div();
  private final UnorderedList skipped = new UnorderedList();
  private final Paragraph source = new Paragraph();
  private final Div content = new Div();

  ProposalPanel() {
    setId("proposal");
    addClassName("proposal");
    getElement().setAttribute("aria-live", "polite");
    pathway.setId("proposal-pathway");
    pathway.addClassName("proposal-pathway");
    review.setId("proposal-review");
    review.getElement().getThemeList().add("badge");
    review.getElement().getThemeList().add("error");
    structure.setId("proposal-structure");
    rule.setId("proposal-rule");
    rule.addClassName("rule-code");
    explanation.setId("proposal-explanation");
    answers.setId("proposal-answers");
    skipped.setId("proposal-skipped");
    source.setId("proposal-source");
    source.addClassName("secondary");
    skippedBlock.add(new H4("Règles non évaluées faute de réponse"), skipped);
    content.add(
        new H3("Proposition"),
        pathway,
        review,
        structure,
        new Paragraph(new Span("Règle appliquée : "), rule),
        explanation,
        new H4("Réponses lues par cette règle"),
        answers,
        skippedBlock,
        source);
    content.setVisible(false);
    add(content);
  }

  void show(Proposal proposal, String testedWith, Questionnaire questionnaire) {
    pathway.setText(proposal.pathway().label());
    review.setVisible(proposal.needsReview());
    structure.setText(
        "Type de structure : "
            + proposal
                .targetKind()
                .map(StructureKind::label)
                .orElse("non précisé, au choix de l'agent"));
    rule.setText(proposal.decidedBy().code());
    explanation.setText(proposal.decidedBy().explanation());
    answers.removeAll();
    proposal
        .decidedBy()
        .answersUsed()
        .forEach(
            (variable, value) ->
                answers.add(
                    new ListItem(ProposalTexts.usedAnswer(variable, value, questionnaire))));
    if (proposal.decidedBy().answersUsed().isEmpty()) {
      answers.add(new ListItem("Aucune : cette règle s'applique à tous les cas restants."));
    }
    skipped.removeAll();
    proposal.skippedForMissingAnswers().forEach(s -> skipped.add(new ListItem(s)));
    skippedBlock.setVisible(!proposal.skippedForMissingAnswers().isEmpty());
    source.setText(testedWith);
    content.setVisible(true);
  }

  void clear() {
    content.setVisible(false);
  }
}
