package fr.aiguillage.orientation;

import static fr.aiguillage.orientation.OrientationAccess.decider;

import fr.aiguillage.directory.Placement;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The département's decisions on an orientation: decided by an agent from the proposal (one at a
 * time, or a batch of simple cases), sent back to the diagnostic, re-oriented on request, closed on
 * exit from the RSA. Each loads the orientation, has it take the step through the journal, and
 * answers with the file as it now reads.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class OrientationDecisions {
  /** A batch decides for at most this many people. */
  static final int BATCH_MAX = 200;

  @Inject OrientationRepository orientations;
  @Inject OrientationJournal journal;
  @Inject OrientationFiles files;
  @Inject ReferralEvents referralEvents;
  @Inject StructureRepository structures;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** An agent decides, from the proposal or otherwise (then with a reason). */
  public OrientationFile decide(UUID id, long expectedVersion, Decision decision) {
    decider(caller.get());
    Orientation o = orientations.load(id);
    o.expectVersion(expectedVersion);
    Lifecycle.check(o.state(), OrientationState.DECIDED);
    var person = files.person(o.beneficiaryId());
    Optional<Structure> structure =
        decision == null || decision.structureId() == null
            ? Optional.empty()
            : structures.find(decision.structureId());
    DecisionCheck.check(o, decision, structure, structures::referents);
    journal.decide(o, decision);
    orientations.flushOrConflict();
    return files.file(o, person);
  }

  /**
   * Accepts the proposal for each of these people whose case is simple (a proposal that needs no
   * in-depth review) with the best-placed structure; the others are listed with the reason. All or
   * nothing: if someone changes one of them meanwhile, nothing is decided.
   */
  public BatchResult decideBatch(List<UUID> ids) {
    Caller c = decider(caller.get());
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInputException("orientations", "Choisissez au moins une personne.");
    }
    if (ids.size() > BATCH_MAX) {
      throw new InvalidInputException(
          "orientations", BATCH_MAX + " personnes au plus par décision groupée.");
    }
    List<Structure> all = structures.ofTenant(c.requireTenant().value());
    List<Referent> referents = structures.referents();
    List<UUID> decided = new ArrayList<>();
    List<BatchResult.Skipped> skipped = new ArrayList<>();
    for (UUID id : ids.stream().distinct().toList()) {
      Optional<Orientation> found = orientations.find(id);
      if (found.isEmpty()) {
        skipped.add(new BatchResult.Skipped(id, "Orientation introuvable."));
        continue;
      }
      Orientation o = found.get();
      BatchChoice choice =
          BatchChoice.of(
              o,
              (pathway, kind) ->
                  Placement.rank(
                      all,
                      referents,
                      pathway,
                      kind,
                      files.person(o.beneficiaryId()).territoryId()));
      if (choice instanceof BatchChoice.Decide d) {
        journal.decide(o, d.decision());
        decided.add(id);
      } else if (choice instanceof BatchChoice.Skip s) {
        skipped.add(new BatchResult.Skipped(id, s.reason()));
      }
    }
    orientations.flushOrConflict();
    return new BatchResult(decided, skipped);
  }

  /** The agent sends a proposal back to the diagnostic for an in-depth review. */
  public OrientationFile reviewAgain(UUID id, long expectedVersion, String reason) {
    decider(caller.get());
    Orientation o = orientations.load(id);
    o.expectVersion(expectedVersion);
    journal.move(o, OrientationState.DIAGNOSTIC, required(reason, "Dites ce qu'il faut revoir."));
    orientations.flushOrConflict();
    return files.file(o);
  }

  /** A referent (or, later, a partner) asks for the person to be oriented elsewhere. */
  public OrientationFile requestReorientation(UUID id, String reason) {
    caller
        .get()
        .requireDepartementStaff(
            "La réorientation est demandée par un professionnel du département.");
    Orientation o = orientations.load(id);
    journal.move(
        o,
        OrientationState.REORIENTATION_REQUESTED,
        required(reason, "Expliquez pourquoi une autre orientation serait préférable."));
    orientations.flushOrConflict();
    return files.file(o);
  }

  /** An agent turns the request down: the orientation goes back where it was. */
  public OrientationFile declineReorientation(UUID id, long expectedVersion, String reason) {
    decider(caller.get());
    Orientation o = orientations.load(id);
    o.expectVersion(expectedVersion);
    if (o.state() != OrientationState.REORIENTATION_REQUESTED) {
      throw new ConflictException(
          "state", "Aucune demande de réorientation n'est en cours pour cette personne.");
    }
    OrientationState back = o.resumeState().orElse(OrientationState.DECIDED);
    journal.move(
        o, back, required(reason, "Expliquez à la personne qui a demandé pourquoi vous refusez."));
    orientations.flushOrConflict();
    return files.file(o);
  }

  /** Exit from the RSA: the file closes, whatever its state; a pending referral is withdrawn. */
  public OrientationFile close(UUID id, String reason) {
    Caller c = decider(caller.get());
    Orientation o = orientations.load(id);
    Instant now = clock.instant();
    orientations
        .pendingReferral(o.id())
        .ifPresent(
            r -> {
              r.answer(Referral.Status.WITHDRAWN, c.username(), "Sortie du RSA", now);
              referralEvents.publish(r, "referral.withdrawn", now);
            });
    journal.move(
        o, OrientationState.CLOSED, required(reason, "Indiquez le motif de sortie du RSA."));
    orientations.flushOrConflict();
    return files.file(o);
  }

  /**
   * The person left the RSA's rights and duties (the CAF's flow): their orientation closes, after
   * the other contexts ended what they had in progress; a pending referral is withdrawn.
   */
  void onLeft(
      @jakarta.enterprise.event.Observes @jakarta.annotation.Priority(300)
          fr.aiguillage.beneficiary.BeneficiaryLeft left) {
    orientations
        .openOf(left.beneficiaryId())
        .ifPresent(
            o -> {
              Instant now = clock.instant();
              orientations
                  .pendingReferral(o.id())
                  .ifPresent(
                      r -> {
                        r.answer(
                            Referral.Status.WITHDRAWN,
                            caller.get().username(),
                            "Sortie du RSA",
                            now);
                        referralEvents.publish(r, "referral.withdrawn", now);
                      });
              journal.move(o, OrientationState.CLOSED, "Sortie du RSA : " + left.reason());
            });
  }

  private static String required(String reason, String message) {
    String r = Text.blankToNull(reason);
    if (r == null) {
      throw new InvalidInputException("reason", message);
    }
    return r;
  }
}
