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
    Map<String, SessionVisit> sessions,
    Map<String, Referent> referents) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  static final FollowUp NONE =
      new FollowUp(
          null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  FollowUp {
    decisions = sorted(decisions);
    appointments = sorted(appointments);
    referrals = sorted(referrals);
    contracts = sorted(contracts);
    notices = sorted(notices);
    reorientationRequests = sorted(reorientationRequests);
    sessions = sorted(sessions);
    referents = sorted(referents);
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

  /** The referent in charge of an orientation (null: none yet), from its event of {@code seen}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Referent(String referentId, Instant seen) {}

  /** A notice sent to the person (kind {@code DECISION}: the orientation decision's). */
  record Notice(String orientationId, String kind, Instant sentAt) {}

  FollowUp withTraits(UnaryOperator<Traits> change) {
    return copy().traits(change.apply(traits == null ? Traits.NONE : traits)).build();
  }

  FollowUp withDecision(String key, Decision d) {
    return copy().decisions(put(decisions, key, d)).build();
  }

  FollowUp withAppointment(String id, UnaryOperator<Appointment> change) {
    return copy().appointments(put(appointments, id, change.apply(appointments.get(id)))).build();
  }

  FollowUp withReferral(String id, UnaryOperator<Referral> change) {
    return copy().referrals(put(referrals, id, change.apply(referrals.get(id)))).build();
  }

  FollowUp withContract(String id, UnaryOperator<Contract> change) {
    return copy().contracts(put(contracts, id, change.apply(contracts.get(id)))).build();
  }

  FollowUp withNotice(String id, Notice n) {
    return copy().notices(put(notices, id, n)).build();
  }

  FollowUp withReorientationRequest(String key, Instant at) {
    return copy().reorientationRequests(put(reorientationRequests, key, at)).build();
  }

  FollowUp withSession(String id, UnaryOperator<SessionVisit> change) {
    return copy().sessions(put(sessions, id, change.apply(sessions.get(id)))).build();
  }

  /** The referent of an orientation, as its latest event says. */
  FollowUp withReferent(String orientation, Referent r) {
    Referent known = referents.get(orientation);
    if (known != null && r.seen().isBefore(known.seen())) {
      return this;
    }
    return copy().referents(put(referents, orientation, r)).build();
  }

  private Copy copy() {
    return new Copy(this);
  }

  /** A copy with one part changed. */
  private static final class Copy {
    private Traits traits;
    private Map<String, Decision> decisions;
    private Map<String, Appointment> appointments;
    private Map<String, Referral> referrals;
    private Map<String, Contract> contracts;
    private Map<String, Notice> notices;
    private Map<String, Instant> reorientationRequests;
    private Map<String, SessionVisit> sessions;
    private Map<String, Referent> referents;

    Copy(FollowUp u) {
      traits = u.traits;
      decisions = u.decisions;
      appointments = u.appointments;
      referrals = u.referrals;
      contracts = u.contracts;
      notices = u.notices;
      reorientationRequests = u.reorientationRequests;
      sessions = u.sessions;
      referents = u.referents;
    }

    Copy traits(Traits v) {
      traits = v;
      return this;
    }

    Copy decisions(Map<String, Decision> v) {
      decisions = v;
      return this;
    }

    Copy appointments(Map<String, Appointment> v) {
      appointments = v;
      return this;
    }

    Copy referrals(Map<String, Referral> v) {
      referrals = v;
      return this;
    }

    Copy contracts(Map<String, Contract> v) {
      contracts = v;
      return this;
    }

    Copy notices(Map<String, Notice> v) {
      notices = v;
      return this;
    }

    Copy reorientationRequests(Map<String, Instant> v) {
      reorientationRequests = v;
      return this;
    }

    Copy sessions(Map<String, SessionVisit> v) {
      sessions = v;
      return this;
    }

    Copy referents(Map<String, Referent> v) {
      referents = v;
      return this;
    }

    FollowUp build() {
      return new FollowUp(
          traits,
          decisions,
          appointments,
          referrals,
          contracts,
          notices,
          reorientationRequests,
          sessions,
          referents);
    }
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
