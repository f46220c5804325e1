package fr.aiguillage.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the session APIs answer. */
public final class SessionView {
  private SessionView() {}

  public record Named(UUID id, String name) {}

  public record Summary(
      UUID id,
      String kind,
      Instant startsAt,
      Instant endsAt,
      int durationMinutes,
      String address,
      String room,
      String videoUrl,
      UUID territoryId,
      String territoryName,
      int capacity,
      int invited,
      int remainingPlaces,
      SessionState state,
      String stateLabel,
      String cancelReason,
      UUID seriesId,
      List<String> staff,
      List<Named> structures,
      long rowVersion) {}

  /**
   * The collective appointment in France Travail's "rendez-vous partenaire" terms: a collective
   * reception ({@code typeReception} COL) for an orientation ({@code motif} ORI). The field names
   * follow the published vocabulary; the exact schema is to be checked with France Travail.
   */
  public record FranceTravailRdv(
      String idRdvPartenaire,
      String typeReception,
      String motif,
      String modalite,
      String initiateur,
      String dateHeureDebut,
      int dureeMinutes,
      String lieu,
      String statut) {}

  public record Person(
      UUID personId,
      UUID orientationId,
      String name,
      Instant invitedAt,
      boolean walkIn,
      boolean declined,
      Attendance attendance,
      String attendanceLabel,
      Invitation.Outcome outcome,
      String outcomeLabel,
      UUID nextSessionId,
      boolean individualPath,
      FranceTravailRdv franceTravail) {}

  public record Details(Summary session, List<Person> people) {}

  /** A person's place at a session, for their page. */
  public record PersonPlace(Summary session, Person place) {}

  /** One person of the invitation queue. */
  public record Candidate(
      UUID personId, String name, LocalDate waitingSince, String waitingFrom, long daysWaiting) {}

  /** What an invitation did: who is invited now, and the places left. */
  public record Invited(List<UUID> personIds, int remainingPlaces) {}

  /**
   * After closing or cancelling: who was offered which session, who goes to the individual path.
   */
  public record Followed(List<UUID> invitedToNext, UUID nextSessionId, List<UUID> individualPath) {}
}
