package fr.aiguillage.session;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.diagnostic.Difference;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The day-D board and the desk, as the APIs and the screens read them. */
public final class DeskView {
  private DeskView() {}

  /** Why a person's case needs a closer look (shown as a flag on the board). */
  public enum Flag {
    IN_DEPTH_REVIEW("Examen approfondi demandé par les critères"),
    MISSING_ANSWERS("Réponses manquantes"),
    DISAGREEMENT("La personne et le professionnel ne répondent pas pareil"),
    NO_ANSWER("N'a pas répondu au questionnaire");

    private final String label;

    Flag(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The criteria's proposal for the person now, and why. */
  public record Proposal(
      String pathway,
      String pathwayLabel,
      String targetKind,
      String rule,
      String explanation,
      boolean needsReview,
      List<String> missingAnswers) {}

  /** One person on the board. */
  public record Line(
      UUID personId,
      UUID orientationId,
      String name,
      boolean walkIn,
      Attendance attendance,
      String attendanceLabel,
      boolean answered,
      Instant answeredAt,
      Proposal proposal,
      List<Flag> flags,
      List<String> flagLabels,
      boolean simple,
      String deskAgent,
      Invitation.Outcome outcome,
      String outcomeLabel,
      String orientationState,
      UUID contractId,
      String contractState,
      UUID appointmentId,
      Instant appointmentAt) {}

  public record Referent(UUID id, String name) {}

  /** A structure present: its places left, its referents, its next free slots. */
  public record Structure(
      UUID id,
      String name,
      Integer capacity,
      Integer placesLeft,
      List<Referent> referents,
      List<SlotDetails> freeSlots) {}

  public record Counts(
      int invited,
      int checkedIn,
      int present,
      int answered,
      int oriented,
      int setAside,
      int contractsSigned,
      int appointmentsBooked) {}

  public record Board(
      SessionView.Summary session, Counts counts, List<Line> people, List<Structure> structures) {}

  /** A structure the person could go to, the ones present at the session first. */
  public record Placement(
      UUID id,
      String name,
      boolean present,
      boolean sameTerritory,
      Integer placesLeft,
      boolean full,
      List<Referent> referents) {}

  /** One person at the desk: everything needed to orient, contract and book. */
  public record Desk(
      UUID sessionId,
      Line line,
      long orientationVersion,
      List<Difference> differences,
      List<Placement> placements,
      UUID structureId,
      String structureName,
      UUID referentId,
      String referentName,
      String setAsideReason,
      ContractView contract,
      List<SlotDetails> slots,
      AppointmentDetails appointment) {}

  /** A batch validation: who was oriented, who was left for the desk and why. */
  public record BatchOutcome(List<UUID> oriented, List<Skipped> skipped) {}

  public record Skipped(UUID personId, String reason) {}
}
