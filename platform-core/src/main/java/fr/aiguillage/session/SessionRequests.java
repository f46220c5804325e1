package fr.aiguillage.session;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** The bodies the session APIs read. */
public final class SessionRequests {
  private SessionRequests() {}

  /**
   * A session to plan, once or repeated ({@code everyWeeks} weeks apart, {@code occurrences} times
   * in all, 12 at most).
   */
  public record Plan(
      @Size(max = Limits.LABEL) String kind,
      OffsetDateTime startsAt,
      @Min(CollectiveSession.MIN_MINUTES) @Max(CollectiveSession.MAX_MINUTES)
          Integer durationMinutes,
      @Size(max = 300) String address,
      @Size(max = 100) String room,
      @Size(max = 500) String videoUrl,
      @Size(max = Limits.ID) String territoryId,
      @Min(1) @Max(CollectiveSession.MAX_CAPACITY) Integer capacity,
      @Size(max = CollectiveSession.MAX_STAFF) List<@Size(max = Limits.NAME) String> staff,
      @Size(max = CollectiveSession.MAX_STRUCTURES)
          List<@Size(max = Limits.ID) String> structureIds,
      @Min(1) @Max(52) Integer everyWeeks,
      @Min(1) @Max(Sessions.MAX_OCCURRENCES) Integer occurrences) {}

  /** Who is assigned and which structures are present. */
  public record Assign(
      @Size(max = CollectiveSession.MAX_STAFF) List<@Size(max = Limits.NAME) String> staff,
      @Size(max = CollectiveSession.MAX_STRUCTURES)
          List<@Size(max = Limits.ID) String> structureIds) {}

  /** People to invite: by id, or the first {@code fromQueue} of the queue (longest wait first). */
  public record Invite(
      @Size(max = CollectiveSession.MAX_CAPACITY) List<@Size(max = Limits.ID) String> personIds,
      @Min(1) @Max(CollectiveSession.MAX_CAPACITY) Integer fromQueue) {}

  public record CheckIn(
      @Size(max = Limits.ID) String personId, @Size(max = Limits.CODE) String attendance) {}

  public record Reason(@Size(max = Limits.REASON) String reason) {}

  /**
   * The desk's validation: the proposal as it is (nothing given), or another structure, referent or
   * pathway (a different pathway with its reason).
   */
  public record Validate(
      @Size(max = Limits.CODE) String pathway,
      @Size(max = Limits.ID) String structureId,
      @Size(max = Limits.ID) String referentId,
      @Size(max = Limits.REASON) String reason,
      @Size(max = Limits.REASON) String synthesis) {}

  /** The simple cases to validate at once. */
  public record ValidateSimple(
      @Size(max = CollectiveSession.MAX_CAPACITY) List<@Size(max = Limits.ID) String> personIds) {}

  /** Both signatures given at the desk: the agent's, then the person's. */
  public record Signatures(
      boolean agentConsent,
      @Size(max = Limits.NAME) String agentTypedName,
      boolean personConsent,
      @Size(max = Limits.NAME) String personTypedName,
      @Size(max = 64) String shownSha256) {}

  public record Booking(@Size(max = Limits.ID) String slotId) {}
}
