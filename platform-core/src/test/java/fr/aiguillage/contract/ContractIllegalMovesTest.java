package fr.aiguillage.contract;

import static fr.aiguillage.contract.ContractFixtures.AUTHOR;
import static fr.aiguillage.contract.ContractFixtures.NOW;
import static fr.aiguillage.contract.ContractFixtures.PERSON;
import static fr.aiguillage.contract.ContractFixtures.PERSON_NAME;
import static fr.aiguillage.contract.ContractFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.contract.Signature.Signer;
import fr.aiguillage.shared.ConflictException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move a contract's state does not allow is refused in French, and changes nothing. */
class ContractIllegalMovesTest {
  static final LocalDate LATE = LocalDate.of(2026, 9, 20);

  enum Move {
    EDIT(
        "modifier le contrat",
        c -> c.editDraft(ContractFixtures.sixMonths(), ContractFixtures.finishedPlan(), "r", NOW)),
    SUBMIT(
        "soumettre le contrat à la signature",
        c ->
            c.submitForSignature(
                ContractFixtures.rendered(c),
                ContractFixtures.rendered(c).canonicalBytes(),
                "r",
                NOW)),
    REOPEN("reprendre le contrat en brouillon", c -> c.reopenDraft("Changer", "r", NOW)),
    SIGN(
        "signer le contrat",
        c ->
            c.signInPerson(
                Signer.PERSON,
                PERSON,
                new SignatureConsent(true, PERSON_NAME, "0".repeat(64)),
                "r",
                NOW)),
    CANCEL("annuler le contrat", c -> c.cancel("Erreur", TODAY, "r", NOW)),
    END("terminer le contrat", c -> c.end("Fin", LATE, "r", NOW)),
    RENEW(
        "renouveler le contrat",
        c ->
            c.renewal(
                ContractFixtures.publishedTemplate(),
                AUTHOR,
                new ContractTerm(LATE, 6, null, LATE.plusMonths(2)),
                "r",
                NOW)),
    MARK_RENEWED(
        "marquer le contrat comme renouvelé",
        c -> c.markRenewed(ContractFixtures.signed(), "r", NOW)),
    AMEND("modifier le contrat par avenant", c -> c.amendment("r", NOW)),
    SUPERSEDE(
        "remplacer le contrat par son avenant",
        c -> c.supersedeBy(ContractFixtures.signed(), TODAY, "r", NOW));

    final String action;
    final Consumer<Contract> apply;

    Move(String action, Consumer<Contract> apply) {
      this.action = action;
      this.apply = apply;
    }

    Set<ContractState> allowedFrom() {
      return switch (this) {
        case EDIT, SUBMIT -> EnumSet.of(ContractState.DRAFT);
        case REOPEN, SIGN -> EnumSet.of(ContractState.TO_SIGN);
        case CANCEL -> EnumSet.of(ContractState.DRAFT, ContractState.TO_SIGN, ContractState.SIGNED);
        case END, RENEW, MARK_RENEWED, AMEND, SUPERSEDE -> EnumSet.of(ContractState.SIGNED);
      };
    }
  }

  static Supplier<Contract> in(ContractState state) {
    return switch (state) {
      case DRAFT -> ContractFixtures::draft;
      case TO_SIGN -> ContractFixtures::submitted;
      case SIGNED, REVIEW_DUE -> ContractFixtures::signed;
      case ENDED ->
          () -> {
            Contract c = ContractFixtures.signed();
            c.end(null, LATE, "r", NOW);
            return c;
          };
      case RENEWED ->
          () -> {
            Contract c = ContractFixtures.signed();
            Contract next =
                c.renewal(
                    ContractFixtures.publishedTemplate(),
                    AUTHOR,
                    new ContractTerm(LATE, 6, null, LATE.plusMonths(2)),
                    "r",
                    NOW);
            next.submitForSignature(
                ContractFixtures.rendered(next),
                ContractFixtures.rendered(next).canonicalBytes(),
                "r",
                NOW);
            next.signInPerson(
                Signer.REFERENT,
                ContractFixtures.REFERENT,
                ContractFixtures.consent(next, "Karim Benali"),
                "r",
                NOW);
            next.signInPerson(
                Signer.PERSON, PERSON, ContractFixtures.consent(next, PERSON_NAME), "r", NOW);
            c.markRenewed(next, "r", NOW);
            return c;
          };
      case CANCELLED ->
          () -> {
            Contract c = ContractFixtures.draft();
            c.cancel("Erreur de saisie", TODAY, "r", NOW);
            return c;
          };
    };
  }

  static Stream<Arguments> illegalMoves() {
    return Arrays.stream(ContractState.values())
        .filter(s -> s != ContractState.REVIEW_DUE)
        .flatMap(
            s ->
                Arrays.stream(Move.values())
                    .filter(m -> !m.allowedFrom().contains(s))
                    .map(m -> Arguments.of(s, m)));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("illegalMoves")
  void isRefused(ContractState state, Move move) {
    Contract c = in(state).get();
    assertThat(c.state()).isEqualTo(state);
    ConflictException refused =
        catchThrowableOfType(ConflictException.class, () -> move.apply.accept(c));
    assertThat(refused).as("%s from %s", move, state).isNotNull();
    assertThat(refused.field()).isEqualTo("state");
    assertThat(refused.getMessage())
        .isEqualTo("Impossible de " + move.action + " : son état est « " + state.label() + " ».");
    assertThat(c.state()).isEqualTo(state);
  }
}
