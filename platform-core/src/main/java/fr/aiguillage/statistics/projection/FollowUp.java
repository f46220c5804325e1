package fr.aiguillage.statistics.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What a person's follow-up events said, as the statistics keep it (stored as JSON in {@code
 * stat_person.follow}): every orientation decision, appointment, referral, contract and notice, and
 * the person's traits — no name, no NIR, no CAF number. Each part merges the same way whatever
 * order the events come in: a part keeps the facts of its latest event (by event time), and what
 * only grows (a first signature, a replacement) is kept once known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FollowUp(
    Traits traits,
    Map<String, Decision> decisions,
    Map<String, Appointment> appointments,
    Map<String, Referral> referrals,
    Map<String, Contract> contracts,
    Map<String, Notice> notices,
    Map<String, Instant> reorientationRequests,
    Map<String, SessionVisit> sessions) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  static final FollowUp NONE =
      new FollowUp(null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  FollowUp {
    decisions = sorted(decisions);
    appointments = sorted(appointments);
    referrals = sorted(referrals);
    contracts = sorted(contracts);
    notices = sorted(notices);
    reorientationRequests = sorted(reorientationRequests);
    sessions = sorted(sessions);
  }

  static FollowUp read(String json) {
    if (json == null || json.isBlank()) {
      return NONE;
    }
    try {
      return JSON.readValue(json, FollowUp.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stat_person.follow is not a follow-up", e);
    }
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The person's traits: age, sex, household, right, diagnostic answers. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Traits(
      Instant fileAt,
      Integer birthYear,
      Integer birthMonth,
      String sex,
      Boolean hasPartner,
      Integer children,
      String rightState,
      Boolean rightSuspended,
      Instant diagnosticAt,
      String familySituation,
      String educationLevel) {
    static final Traits NONE =
        new Traits(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * One decision of an orientation: its day, pathway, structure and the structure's OARSA category
   * when it was applied; {@code reorientation} when it followed a request to reorient.
   */
  record Decision(
      String orientationId,
      Instant at,
      String pathway,
      String structureId,
      String category,
      boolean reorientation) {}

  /** A first appointment: its latest status, its start, and whether a move replaced it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Appointment(
      String orientationId,
      String structureId,
      Instant startsAt,
      String status,
      Instant seen,
      boolean replaced) {}

  /** A referral to a structure: sent, then answered (accepted, refused), expired or withdrawn. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Referral(
      String orientationId,
      String structureId,
      Instant sentAt,
      String status,
      Instant answeredAt,
      Instant seen) {}

  /** A contract: first signed, its dates, when it stopped (ended or cancelled), its actions. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Contract(
      String orientationId,
      Instant signedAt,
      LocalDate startDate,
      LocalDate endDate,
      LocalDate stoppedOn,
      List<String> actionCategories,
      Instant seen) {}

  /**
   * The person at a collective session: invited or not, their attendance (the latest recorded),
   * oriented at the desk, and whether the session was cancelled.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SessionVisit(
      Instant startsAt,
      boolean invited,
      String attendance,
      Instant attendanceSeen,
      boolean oriented,
      boolean cancelled) {}

  /** A notice sent to the person (kind {@code DECISION}: the orientation decision's). */
  record Notice(String orientationId, String kind, Instant sentAt) {}

  FollowUp withTraits(UnaryOperator<Traits> change) {
    return new FollowUp(
        change.apply(traits == null ? Traits.NONE : traits),
        decisions,
        appointments,
        referrals,
        contracts,
        notices,
        reorientationRequests,
        sessions);
  }

  FollowUp withDecision(String key, Decision d) {
    return new FollowUp(
        traits,
        put(decisions, key, d),
        appointments,
        referrals,
        contracts,
        notices,
        reorientationRequests,
        sessions);
  }

  FollowUp withAppointment(String id, UnaryOperator<Appointment> change) {
    return new FollowUp(
        traits,
        decisions,
        put(appointments, id, change.apply(appointments.get(id))),
        referrals,
        contracts,
        notices,
        reorientationRequests,
        sessions);
  }

  FollowUp withReferral(String id, UnaryOperator<Referral> change) {
    return new FollowUp(
        traits,
        decisions,
        appointments,
        put(referrals, id, change.apply(referrals.get(id))),
        contracts,
        notices,
        reorientationRequests,
        sessions);
  }

  FollowUp withContract(String id, UnaryOperator<Contract> change) {
    return new FollowUp(
        traits,
        decisions,
        appointments,
        referrals,
        put(contracts, id, change.apply(contracts.get(id))),
        notices,
        reorientationRequests,
        sessions);
  }

  FollowUp withNotice(String id, Notice n) {
    return new FollowUp(
        traits,
        decisions,
        appointments,
        referrals,
        contracts,
        put(notices, id, n),
        reorientationRequests,
        sessions);
  }

  FollowUp withReorientationRequest(String key, Instant at) {
    return new FollowUp(
        traits,
        decisions,
        appointments,
        referrals,
        contracts,
        notices,
        put(reorientationRequests, key, at),
        sessions);
  }

  FollowUp withSession(String id, UnaryOperator<SessionVisit> change) {
    return new FollowUp(
        traits,
        decisions,
        appointments,
        referrals,
        contracts,
        notices,
        reorientationRequests,
        put(sessions, id, change.apply(sessions.get(id))));
  }

  /** The decisions in time order. */
  List<Decision> decisionsInOrder() {
    List<Decision> out = new ArrayList<>(decisions.values());
    out.sort(java.util.Comparator.comparing(Decision::at).thenComparing(Decision::orientationId));
    return out;
  }

  private static <V> Map<String, V> put(Map<String, V> m, String key, V value) {
    Map<String, V> out = new TreeMap<>(m);
    out.put(key, value);
    return out;
  }

  private static <V> Map<String, V> sorted(Map<String, V> m) {
    return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(m));
  }
}
