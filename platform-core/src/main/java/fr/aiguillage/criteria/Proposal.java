package fr.aiguillage.criteria;

import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.Optional;

/**
 * What the criteria propose for one diagnostic: a pathway, perhaps a kind of structure, the rule
 * that decided and why, the rules that could not be evaluated for lack of an answer, and whether a
 * professional should look closer. Nothing is decided by the engine: an agent validates.
 */
public record Proposal(
    Pathway pathway,
    Optional<StructureKind> targetKind,
    FiredRule decidedBy,
    List<String> skippedForMissingAnswers,
    boolean needsReview,
    int ruleSetVersion) {

  public Proposal {
    skippedForMissingAnswers = List.copyOf(skippedForMissingAnswers);
  }
}
