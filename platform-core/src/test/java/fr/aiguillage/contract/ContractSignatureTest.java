package fr.aiguillage.contract;

import static fr.aiguillage.contract.ContractFixtures.NOW;
import static fr.aiguillage.contract.ContractFixtures.PERSON;
import static fr.aiguillage.contract.ContractFixtures.PERSON_NAME;
import static fr.aiguillage.contract.ContractFixtures.REFERENT;
import static fr.aiguillage.contract.ContractFixtures.REFERENT_NAME;
import static fr.aiguillage.contract.ContractFixtures.consent;
import static fr.aiguillage.contract.ContractFixtures.hash;
import static fr.aiguillage.contract.ContractFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.contract.Signature.Method;
import fr.aiguillage.contract.Signature.Origin;
import fr.aiguillage.contract.Signature.Signer;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Both parties sign the frozen copy once each, in person or the person remotely with a code. */
class ContractSignatureTest {
  static final Instant LATER = NOW.plusSeconds(600);
  static final Origin PHONE = new Origin("203.0.113.7", "Mozilla/5.0 (Android 14)");

  static SignatureCode typedRight(Contract c) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
    SignatureCode.Issued issued =
        SignatureCode.issue(c.id(), new SecureRandom(), clock, SignatureCode.DEFAULT_VALIDITY);
    assertThat(issued.stored().verify(issued.code(), clock).ok()).isTrue();
    return issued.stored();
  }

  @Test
  void theReferentSignsThenThePersonAndTheContractIsSigned() {
    Contract c = submitted();
    ContractTransition first =
        c.signInPerson(Signer.REFERENT, REFERENT, consent(c, REFERENT_NAME), "referent-08", NOW);
    assertThat(first.step()).isEqualTo(ContractStep.SIGNED_BY_REFERENT);
    assertThat(first.to()).isEqualTo(ContractState.TO_SIGN);
    assertThat(first.completesSignature()).isFalse();
    assertThat(c.state()).isEqualTo(ContractState.TO_SIGN);

    ContractTransition second =
        c.signInPerson(
            Signer.PERSON, PERSON, consent(c, "marie helene dupont"), "referent-08", LATER);
    assertThat(second.step()).isEqualTo(ContractStep.SIGNED_BY_PERSON);
    assertThat(second.completesSignature()).isTrue();
    assertThat(second.documentSha256()).isEqualTo(hash(c));
    assertThat(c.state()).isEqualTo(ContractState.SIGNED);
    ContractSigning signing = c.signing().orElseThrow();
    assertThat(signing.signedAt()).contains(LATER);
    Signature person = signing.signatureOf(Signer.PERSON).orElseThrow();
    assertThat(person.method()).isEqualTo(Method.IN_PERSON);
    assertThat(person.signerId()).isEqualTo(PERSON);
    assertThat(person.typedName()).isEqualTo("marie helene dupont");
    assertThat(person.documentSha256()).isEqualTo(hash(c));
    assertThat(person.signedAt()).isEqualTo(LATER);
    assertThat(person.ipAddress()).isNull();
  }

  @Test
  void thePersonSignsRemotelyWithTheCodeAndTheOriginIsKept() {
    Contract c = submitted();
    c.signRemotely(
        typedRight(c), consent(c, "Dupont Marie-Hélène"), PHONE, "lien-personnel", LATER);
    Signature s = c.signing().orElseThrow().signatureOf(Signer.PERSON).orElseThrow();
    assertThat(s.method()).isEqualTo(Method.REMOTE);
    assertThat(s.ipAddress()).isEqualTo("203.0.113.7");
    assertThat(s.userAgent()).isEqualTo("Mozilla/5.0 (Android 14)");
    ContractTransition last =
        c.signInPerson(Signer.REFERENT, REFERENT, consent(c, REFERENT_NAME), "referent-08", LATER);
    assertThat(last.completesSignature()).isTrue();
  }

  @Test
  void aRemoteSignatureNeedsTheCodeOfThisContractTypedRight() {
    Contract c = submitted();
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
    SignatureCode notTyped =
        SignatureCode.issue(c.id(), new SecureRandom(), clock, SignatureCode.DEFAULT_VALIDITY)
            .stored();
    assertThatThrownBy(() -> c.signRemotely(notTyped, consent(c, PERSON_NAME), PHONE, "p", LATER))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Saisissez d'abord le code reçu pour ce contrat.");
    SignatureCode otherContracts = typedRight(submitted());
    assertThatThrownBy(
            () -> c.signRemotely(otherContracts, consent(c, PERSON_NAME), PHONE, "p", LATER))
        .isInstanceOf(ConflictException.class);
    assertThat(c.signing().orElseThrow().signatureOf(Signer.PERSON)).isEmpty();
  }

  @Test
  void aRemoteSignatureKeepsItsAddressAndBrowser() {
    Contract c = submitted();
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                c.signRemotely(
                    typedRight(c), consent(c, PERSON_NAME), new Origin(" ", null), "p", LATER));
    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("ipAddress", "userAgent");
  }

  @Test
  void aDocumentThatChangedSinceItWasShownIsNotSigned() {
    Contract c = submitted();
    String older = RenderedContract.sha256("un autre document".getBytes());
    assertThatThrownBy(
            () ->
                c.signInPerson(
                    Signer.PERSON,
                    PERSON,
                    new SignatureConsent(true, PERSON_NAME, older),
                    "r",
                    NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("Le document a changé depuis qu'il a été montré");
    assertThat(c.signing().orElseThrow().signatureOf(Signer.PERSON)).isEmpty();
  }

  @Test
  void eachPartySignsOnce() {
    Contract c = submitted();
    c.signInPerson(Signer.REFERENT, REFERENT, consent(c, REFERENT_NAME), "r", NOW);
    ConflictException refused =
        catchThrowableOfType(
            ConflictException.class,
            () -> c.signInPerson(Signer.REFERENT, REFERENT, consent(c, REFERENT_NAME), "r", LATER));
    assertThat(refused.field()).isEqualTo("signer");
    assertThat(refused.getMessage())
        .isEqualTo(
            "Ce contrat est déjà signé par le référent (le 2 mars 2026 à 10h00) : on ne signe"
                + " qu'une fois.");
    assertThat(c.signing().orElseThrow().signatureOf(Signer.REFERENT).orElseThrow().signedAt())
        .isEqualTo(NOW);
  }

  @Test
  void onlyTheReferentWhoWroteItAndThePersonSign() {
    Contract c = submitted();
    assertThatThrownBy(
            () ->
                c.signInPerson(
                    Signer.REFERENT, UUID.randomUUID(), consent(c, REFERENT_NAME), "r", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Seul le référent qui a rédigé le contrat (Karim Benali) le signe.");
    assertThatThrownBy(
            () -> c.signInPerson(Signer.PERSON, REFERENT, consent(c, PERSON_NAME), "r", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Seule la personne concernée par le contrat le signe.");
  }

  @Test
  void consentAndTheRightNameAreRequired() {
    Contract c = submitted();
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                c.signInPerson(
                    Signer.PERSON,
                    PERSON,
                    new SignatureConsent(false, "Marie Durand", hash(c)),
                    "r",
                    NOW));
    assertThat(refused.errors())
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "consent", "Cochez la case qui confirme que vous acceptez le contrat."),
            org.assertj.core.groups.Tuple.tuple(
                "typedName",
                "Le nom tapé ne correspond pas à celui du contrat : « Marie-Hélène DUPONT »."));
    assertThatThrownBy(
            () ->
                c.signInPerson(
                    Signer.PERSON, PERSON, new SignatureConsent(true, "  ", hash(c)), "r", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("typedName : Tapez votre nom pour signer.");
    assertThat(c.state()).isEqualTo(ContractState.TO_SIGN);
  }

  @Test
  void reopeningDropsTheSignaturesAndTheNewCopyMustBeSignedAgain() {
    Contract c = submitted();
    String first = hash(c);
    c.signInPerson(Signer.REFERENT, REFERENT, consent(c, REFERENT_NAME), "r", NOW);
    c.reopenDraft("Une action change.", "r", NOW);
    c.editDraft(
        new ContractTerm(ContractFixtures.START, 9, null, ContractFixtures.START.plusMonths(4)),
        ContractFixtures.finishedPlan(),
        "r",
        NOW);
    c.submitForSignature(
        ContractFixtures.rendered(c), ContractFixtures.rendered(c).canonicalBytes(), "r", NOW);
    assertThat(c.signing().orElseThrow().signatureOf(Signer.REFERENT)).isEmpty();
    assertThat(hash(c)).isNotEqualTo(first);
    assertThatThrownBy(
            () ->
                c.signInPerson(
                    Signer.PERSON,
                    PERSON,
                    new SignatureConsent(true, PERSON_NAME, first),
                    "r",
                    NOW))
        .isInstanceOf(ConflictException.class);
  }
}
