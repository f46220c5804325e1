package fr.aiguillage.orientation;

import static fr.aiguillage.orientation.JournalFakes.NOW;
import static fr.aiguillage.orientation.JournalFakes.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import fr.aiguillage.directory.Placement.RankedReferent;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checks of a single decision and the choices of a batch, without a container. */
class DecisionsTest {

  // ---- a single decision ----

  @Test
  void aDecisionThatOverridesTheProposalNeedsAReason() {
    Orientation o = proposed(Pathway.SOCIAL, false);

    assertThat(refusals(o, new Decision(Pathway.PROFESSIONAL, null, null, null)))
        .contains(
            new FieldError(
                "reason",
                "Vous choisissez un autre parcours que celui proposé ("
                    + Pathway.SOCIAL.label()
                    + ") : expliquez pourquoi."));
  }

  @Test
  void aDecisionWithoutProposalNeedsAReason() {
    Orientation o = Orientation.open(UUID.randomUUID(), OrientationState.TO_ORIENT, NOW);

    assertThat(refusals(o, new Decision(Pathway.SOCIAL, null, null, "")))
        .extracting(FieldError::message)
        .contains("Il n'y a pas de proposition des critères : expliquez votre choix.");
  }

  @Test
  void aDecisionFromTheProposalNeedsNoReasonButAStructure() {
    Orientation o = proposed(Pathway.SOCIAL, false);

    assertThat(refusals(o, new Decision(Pathway.SOCIAL, null, null, null)))
        .containsExactly(new FieldError("structureId", "Choisissez la structure référente."));
  }

  @Test
  void everyRefusalIsReportedAtOnce() {
    Orientation o = proposed(Pathway.SOCIAL, false);
    String tooLong = "x".repeat(fr.aiguillage.shared.Limits.REASON + 1);

    assertThat(refusals(o, new Decision(Pathway.SOCIAL, UUID.randomUUID(), null, tooLong)))
        .extracting(FieldError::field)
        .containsExactly("structureId", "reason");
  }

  @Test
  void aDecisionWithoutPathwayIsRefusedFirst() {
    Orientation o = proposed(Pathway.SOCIAL, false);

    assertThat(refusals(o, new Decision(null, null, null, null)))
        .containsExactly(new FieldError("pathway", "Choisissez le parcours."));
    assertThat(refusals(o, null)).extracting(FieldError::field).containsExactly("pathway");
  }

  @Test
  void aDecisionOnAVersionNotSeenIsAConflict() {
    Orientation o = proposed(Pathway.SOCIAL, false);

    assertThatThrownBy(() -> o.expectVersion(o.version() + 1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("rechargez le dossier");
  }

  // ---- a batch ----

  @Test
  void theBatchSkipsACaseThatNeedsAnInDepthReviewWithItsReason() {
    Orientation o = proposed(Pathway.SOCIAL, true);

    BatchChoice choice = BatchChoice.of(o, (p, k) -> fail("a case under review is not placed"));

    assertThat(choice)
        .isEqualTo(new BatchChoice.Skip("La proposition demande un examen approfondi."));
  }

  @Test
  void theBatchSkipsAnOrientationNotAtTheProposal() {
    Orientation o = Orientation.open(UUID.randomUUID(), OrientationState.TO_ORIENT, NOW);

    assertThat(BatchChoice.of(o, (p, k) -> List.of()))
        .isEqualTo(
            new BatchChoice.Skip(
                "« "
                    + OrientationState.TO_ORIENT.label()
                    + " » : pas au stade de la proposition."));
  }

  @Test
  void theBatchSkipsAPathwayWhoseStructuresAreFull() {
    Orientation o = proposed(Pathway.SOCIAL, false);

    assertThat(BatchChoice.of(o, (p, k) -> List.of(structure(true, List.of()))))
        .isEqualTo(
            new BatchChoice.Skip(
                "Aucune structure avec des places ne prend le " + Pathway.SOCIAL.label() + "."));
  }

  @Test
  void theBatchTakesTheProposalWithTheBestPlacedStructureAndAReferentWithRoom() {
    Orientation o = proposed(Pathway.PROFESSIONAL, false);
    RankedReferent full = referent(true);
    RankedReferent free = referent(false);
    RankedStructure best = structure(false, List.of(full, free));

    BatchChoice choice =
        BatchChoice.of(
            o,
            (pathway, kind) -> {
              assertThat(pathway).isEqualTo(Pathway.PROFESSIONAL);
              assertThat(kind).as("the proposal's kind").contains(StructureKind.FRANCE_TRAVAIL);
              return List.of(structure(true, List.of()), best);
            });

    assertThat(choice)
        .isEqualTo(
            new BatchChoice.Decide(new Decision(Pathway.PROFESSIONAL, best.id(), free.id(), null)));
  }

  private static List<FieldError> refusals(Orientation o, Decision d) {
    try {
      DecisionCheck.check(o, d, Optional.empty(), List::of);
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }

  private static RankedStructure structure(boolean full, List<RankedReferent> referents) {
    return new RankedStructure(
        UUID.randomUUID(),
        "S",
        StructureKind.FRANCE_TRAVAIL,
        true,
        10,
        full ? 0 : 3,
        full,
        referents);
  }

  private static RankedReferent referent(boolean full) {
    return new RankedReferent(UUID.randomUUID(), "R", "r@example.org", 1, 2, true, full);
  }
}
