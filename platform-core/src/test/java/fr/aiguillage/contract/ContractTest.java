package fr.aiguillage.contract;

import static fr.aiguillage.contract.ContractFixtures.AUTHOR;
import static fr.aiguillage.contract.ContractFixtures.NOW;
import static fr.aiguillage.contract.ContractFixtures.ORIENTATION;
import static fr.aiguillage.contract.ContractFixtures.PERSON;
import static fr.aiguillage.contract.ContractFixtures.START;
import static fr.aiguillage.contract.ContractFixtures.draft;
import static fr.aiguillage.contract.ContractFixtures.finishedPlan;
import static fr.aiguillage.contract.ContractFixtures.publishedTemplate;
import static fr.aiguillage.contract.ContractFixtures.rendered;
import static fr.aiguillage.contract.ContractFixtures.signed;
import static fr.aiguillage.contract.ContractFixtures.sixMonths;
import static fr.aiguillage.contract.ContractFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract goes draft → to sign → signed → ended, renewed or amended, or is cancelled. */
class ContractTest {
  static final Instant LATER = NOW.plusSeconds(3600);

  @Test
  void aDraftIsWrittenFromAPublishedTemplateAndOpensItsHistory() {
    Contract c = draft();
    assertThat(c.state()).isEqualTo(ContractState.DRAFT);
    assertThat(c.content().kind()).isEqualTo(ContractKind.CONTRAT_ENGAGEMENT);
    assertThat(c.content().templateVersion()).isEqualTo(3);
    assertThat(c.content().author()).isEqualTo(AUTHOR);
    assertThat(c.content().term().end()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(c.lineage().contractVersion()).isEqualTo(1);
    assertThat(c.signing()).isEmpty();
    ContractTransition first = c.opening();
    assertThat(first.step()).isEqualTo(ContractStep.DRAFTED);
    assertThat(first.from()).isNull();
    assertThat(first.to()).isEqualTo(ContractState.DRAFT);
    assertThat(first.actor()).isEqualTo("referent-08");
    assertThat(first.orientationId()).isEqualTo(ORIENTATION);
    assertThat(first.at()).isEqualTo(NOW);
  }

  @Test
  void aTemplateNotPublishedCannotBeUsed() {
    ContractTemplate unpublished =
        ContractTemplate.adopt(NationalTemplate.of(ContractKind.CER), 1, "admin", NOW);
    assertThatThrownBy(
            () ->
                Contract.draft(
                    PERSON,
                    "Marie Dupont",
                    ORIENTATION,
                    unpublished,
                    AUTHOR,
                    sixMonths(),
                    finishedPlan(),
                    "r",
                    NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Seul un modèle publié sert à rédiger un contrat ; la version 1 ne l'est pas.");
  }

  @Test
  void aDraftNeedsThePersonsName() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Contract.draft(
                    PERSON,
                    "  ",
                    ORIENTATION,
                    publishedTemplate(),
                    AUTHOR,
                    sixMonths(),
                    finishedPlan(),
                    "r",
                    NOW));
    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("personName");
  }

  @Test
  void editingADraftReplacesItsDatesAndPlanAndIsRecorded() {
    Contract c = draft();
    ContractTerm longer = new ContractTerm(START, 12, null, START.plusMonths(6));
    ContractTransition t = c.editDraft(longer, ActionPlan.empty(), "referent-09", LATER);
    assertThat(c.content().term()).isEqualTo(longer);
    assertThat(c.content().plan()).isEqualTo(ActionPlan.empty());
    assertThat(t.step()).isEqualTo(ContractStep.EDITED);
    assertThat(t.from()).isEqualTo(ContractState.DRAFT);
    assertThat(t.to()).isEqualTo(ContractState.DRAFT);
    assertThat(t.actor()).isEqualTo("referent-09");
  }

  @Test
  void submittingFreezesTheRenderedCopyAndItsHash() {
    Contract c = draft();
    RenderedContract copy = rendered(c);
    ContractTransition t = c.submitForSignature(copy, copy.canonicalBytes(), "referent-08", LATER);
    assertThat(c.state()).isEqualTo(ContractState.TO_SIGN);
    assertThat(c.signing().orElseThrow().rendered()).isEqualTo(copy);
    assertThat(c.signing().orElseThrow().documentSha256())
        .isEqualTo(copy.sha256())
        .matches("[0-9a-f]{64}");
    assertThat(t.step()).isEqualTo(ContractStep.SUBMITTED);
    assertThat(t.documentSha256()).isEqualTo(copy.sha256());
    assertThat(c.stateSince()).isEqualTo(LATER);
  }

  @Test
  void aPlanNotFinishedCannotGoToSignature() {
    Contract c = draft();
    c.editDraft(sixMonths(), ActionPlan.empty(), "r", NOW);
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> c.submitForSignature(rendered(c), rendered(c).canonicalBytes(), "r", NOW));
    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("objectives");
    assertThat(c.state()).isEqualTo(ContractState.DRAFT);
  }

  @Test
  void aCopyRenderedFromAnotherTemplateIsRefused() {
    Contract c = draft();
    RenderedContract other =
        new RenderedContract(ContractKind.CER, 3, "Autre", List.of(), "", List.of());
    assertThatThrownBy(() -> c.submitForSignature(other, other.canonicalBytes(), "r", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("un autre modèle");
    assertThat(c.signing()).isEmpty();
  }

  @Test
  void reopeningNeedsAReasonAndDropsTheFrozenCopy() {
    Contract c = submitted();
    assertThatThrownBy(() -> c.reopenDraft(" ", "r", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("repris en brouillon");
    ContractTransition t = c.reopenDraft("La personne veut changer une action.", "r", LATER);
    assertThat(c.state()).isEqualTo(ContractState.DRAFT);
    assertThat(c.signing()).isEmpty();
    assertThat(t.step()).isEqualTo(ContractStep.REOPENED);
    assertThat(t.reason()).isEqualTo("La personne veut changer une action.");
  }

  @Test
  void aSignedContractIsActiveFromItsStartAndReviewDueFromItsReviewDate() {
    Contract c = signed();
    LocalDate review = START.plusMonths(3);
    assertThat(c.isActiveOn(START.minusDays(1))).isFalse();
    assertThat(c.isActiveOn(START)).isTrue();
    assertThat(c.stateOn(review.minusDays(1))).isEqualTo(ContractState.SIGNED);
    assertThat(c.stateOn(review)).isEqualTo(ContractState.REVIEW_DUE);
    assertThat(c.state()).isEqualTo(ContractState.SIGNED);
    assertThat(c.isActiveOn(LocalDate.of(2026, 9, 15))).isTrue();
    assertThat(c.isActiveOn(LocalDate.of(2026, 9, 16))).isFalse();
  }

  @Test
  void theAuthorCanBeAPartnerOrganisation() {
    String plie = "plie-ardennes";
    ContractAuthor partner =
        ContractAuthor.partner(ContractFixtures.REFERENT, "Karim Benali", plie);
    Contract c =
        Contract.draft(
            PERSON,
            "Marie Dupont",
            ORIENTATION,
            publishedTemplate(),
            partner,
            sixMonths(),
            finishedPlan(),
            "plie-08",
            NOW);
    assertThat(c.content().author().body()).isEqualTo(ContractAuthor.Body.PARTNER);
    assertThat(c.content().author().partnerOrg()).isEqualTo(plie);
  }

  @Test
  void anAuthorIsNamedAndBelongsToOneBody() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new ContractAuthor(null, " ", ContractAuthor.Body.PARTNER, null));
    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("author.referentId", "author.referentName", "author.partnerOrg");
    assertThatThrownBy(
            () ->
                new ContractAuthor(
                    ContractFixtures.REFERENT,
                    "K",
                    ContractAuthor.Body.DEPARTEMENT,
                    "plie-ardennes"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ne relève d'aucune organisation partenaire");
  }
}
