package fr.aiguillage.contract;

import static fr.aiguillage.contract.ContractFixtures.AUTHOR;
import static fr.aiguillage.contract.ContractFixtures.NOW;
import static fr.aiguillage.contract.ContractFixtures.PERSON;
import static fr.aiguillage.contract.ContractFixtures.START;
import static fr.aiguillage.contract.ContractFixtures.TODAY;
import static fr.aiguillage.contract.ContractFixtures.draft;
import static fr.aiguillage.contract.ContractFixtures.finishedPlan;
import static fr.aiguillage.contract.ContractFixtures.publishedTemplate;
import static fr.aiguillage.contract.ContractFixtures.rendered;
import static fr.aiguillage.contract.ContractFixtures.signed;
import static fr.aiguillage.contract.ContractFixtures.sixMonths;
import static fr.aiguillage.contract.ContractFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signed contract is ended, renewed or replaced by an amendment; one not started is cancelled.
 */
class ContractClosingTest {
  static final Instant LATER = NOW.plusSeconds(3600);

  @Test
  void anyContractNotStartedIsCancelledWithItsReason() {
    for (Contract c : List.of(draft(), submitted(), signed())) {
      ContractTransition t = c.cancel("La personne a quitté le département.", TODAY, "r", LATER);
      assertThat(c.state()).isEqualTo(ContractState.CANCELLED);
      assertThat(c.closure().orElseThrow().reason())
          .isEqualTo("La personne a quitté le département.");
      assertThat(t.reason()).isEqualTo("La personne a quitté le département.");
      assertThat(t.step()).isEqualTo(ContractStep.CANCELLED);
    }
  }

  @Test
  void aCancellationWithoutReasonIsRefused() {
    Contract c = draft();
    assertThatThrownBy(() -> c.cancel(null, TODAY, "r", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason : Indiquez pourquoi le contrat est annulé.");
    assertThat(c.state()).isEqualTo(ContractState.DRAFT);
  }

  @Test
  void aStartedContractIsEndedNotCancelled() {
    Contract c = signed();
    assertThatThrownBy(() -> c.cancel("Erreur", START, "r", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Le contrat a commencé le 16 mars 2026 : terminez-le plutôt que de l'annuler.");
    assertThat(c.state()).isEqualTo(ContractState.SIGNED);
  }

  @Test
  void aContractEndsAtItsTermWithoutReasonOrEarlierWithOne() {
    Contract atTerm = signed();
    ContractTransition t = atTerm.end(null, LocalDate.of(2026, 9, 20), "r", LATER);
    assertThat(atTerm.state()).isEqualTo(ContractState.ENDED);
    assertThat(atTerm.closure().orElseThrow().endedOn()).contains(LocalDate.of(2026, 9, 15));
    assertThat(t.reason()).isEqualTo("Arrivé à son terme");

    Contract early = signed();
    LocalDate june = LocalDate.of(2026, 6, 1);
    assertThatThrownBy(() -> early.end("", june, "r", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("court jusqu'au 15 septembre 2026");
    early.end("Sortie du RSA.", june, "r", LATER);
    assertThat(early.closure().orElseThrow().endedOn()).contains(june);
    assertThat(early.closure().orElseThrow().reason()).isEqualTo("Sortie du RSA.");
  }

  @Test
  void aContractNotStartedCannotBeEnded() {
    Contract c = signed();
    assertThatThrownBy(() -> c.end("x", TODAY, "r", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Le contrat ne commence que le 16 mars 2026 : annulez-le plutôt.");
  }

  @Test
  void aRenewalIsANewDraftLinkedToTheOldOneWhichIsRenewedOnceTheNewOneIsSigned() {
    Contract old = signed();
    ContractTerm next =
        new ContractTerm(LocalDate.of(2026, 9, 16), 6, null, LocalDate.of(2026, 12, 1));
    Contract renewal = old.renewal(publishedTemplate(), AUTHOR, next, "r", LATER);
    assertThat(renewal.state()).isEqualTo(ContractState.DRAFT);
    assertThat(renewal.lineage().renewsId()).contains(old.id());
    assertThat(renewal.content().plan()).isEqualTo(old.content().plan());
    assertThat(renewal.beneficiaryId()).isEqualTo(PERSON);

    assertThatThrownBy(() -> old.markRenewed(renewal, "r", LATER))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Faites d'abord signer le renouvellement.");

    renewal.submitForSignature(rendered(renewal), rendered(renewal).canonicalBytes(), "r", LATER);
    renewal.signInPerson(
        Signature.Signer.REFERENT,
        ContractFixtures.REFERENT,
        ContractFixtures.consent(renewal, "Karim Benali"),
        "r",
        LATER);
    renewal.signInPerson(
        Signature.Signer.PERSON,
        PERSON,
        ContractFixtures.consent(renewal, "Marie-Hélène Dupont"),
        "r",
        LATER);
    ContractTransition t = old.markRenewed(renewal, "r", LATER);
    assertThat(old.state()).isEqualTo(ContractState.RENEWED);
    assertThat(old.lineage().successorId()).contains(renewal.id());
    assertThat(t.step()).isEqualTo(ContractStep.RENEWED);
  }

  @Test
  void aRenewalStartsAfterTheRenewedContract() {
    Contract old = signed();
    ContractTerm same = sixMonths();
    assertThatThrownBy(() -> old.renewal(publishedTemplate(), AUTHOR, same, "r", LATER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("après le début du contrat renouvelé (16 mars 2026)");
  }

  @Test
  void anotherContractIsNotTakenForTheRenewal() {
    Contract old = signed();
    Contract stranger = signed();
    assertThatThrownBy(() -> old.markRenewed(stranger, "r", LATER))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Ce contrat n'est pas le renouvellement de celui-ci.");
    assertThat(old.state()).isEqualTo(ContractState.SIGNED);
  }

  @Test
  void anAmendmentIsTheNextVersionAndReplacesTheSignedContractOnceSigned() {
    Contract original = signed();
    Contract amendment = original.amendment("r", LATER);
    assertThat(amendment.id()).isNotEqualTo(original.id());
    assertThat(amendment.state()).isEqualTo(ContractState.DRAFT);
    assertThat(amendment.lineage().contractVersion()).isEqualTo(2);
    assertThat(amendment.lineage().amendsId()).contains(original.id());
    assertThat(amendment.content().term()).isEqualTo(original.content().term());
    assertThat(amendment.content().author()).isEqualTo(original.content().author());
    assertThat(amendment.signing()).isEmpty();

    amendment.editDraft(
        new ContractTerm(START, 9, null, START.plusMonths(4)), finishedPlan(), "r", LATER);
    assertThat(original.content().term().durationMonths())
        .as("the signed contract never changes")
        .isEqualTo(6);

    amendment.submitForSignature(
        rendered(amendment), rendered(amendment).canonicalBytes(), "r", LATER);
    amendment.signInPerson(
        Signature.Signer.REFERENT,
        ContractFixtures.REFERENT,
        ContractFixtures.consent(amendment, "Karim Benali"),
        "r",
        LATER);
    amendment.signInPerson(
        Signature.Signer.PERSON,
        PERSON,
        ContractFixtures.consent(amendment, "marie helene dupont"),
        "r",
        LATER);
    LocalDate may = LocalDate.of(2026, 5, 4);
    ContractTransition t = original.supersedeBy(amendment, may, "r", LATER);
    assertThat(original.state()).isEqualTo(ContractState.ENDED);
    assertThat(original.closure().orElseThrow().endedOn()).contains(may);
    assertThat(original.lineage().successorId()).contains(amendment.id());
    assertThat(t.step()).isEqualTo(ContractStep.AMENDED);
    assertThat(t.reason()).isEqualTo("Remplacé par l'avenant (version 2)");
  }
}
