package fr.aiguillage.statistics.projection;

import static fr.aiguillage.statistics.projection.ProjectorTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The follow-up's indicators on a hand-made cohort, read as the API reads them ({@link
 * Figures#months}): every figure below computed by hand in the comments. The cohort, in the
 * Ardennes (2025–2026), with four structures (France Travail, the département's service, an
 * association, a Mission locale):
 *
 * <ul>
 *   <li>A: claim 6 Jan. 2025, rights and duties 10 Jan.; decided 20 Jan. 07:00 for the département
 *       (social); referral sent 20 Jan. 10:00, accepted 21 Jan. 10:00 (24 h) with a referent;
 *       notice of the decision sent 21 Jan.; first appointment 3 Feb., held; contract signed 10
 *       Feb., from 10 Feb. to 9 Aug. (six months: « 6 mois à moins d'un an »), actions EMPLOI and
 *       SANTE.
 *   <li>B: claim 3 Mar. 2025, rights and duties 5 Mar.; decided 10 Mar. for France Travail
 *       (professional); referral sent 10 Mar. 08:00, accepted 20:00 (12 h); appointment of 20 Mar.
 *       moved to 25 Mar. (no-show), another on 2 Apr. (held); re-orientation asked 1 June, decided
 *       3 June for the association (social: SPE → outside the SPE); its referral refused on 5 June
 *       (48 h); decided again 10 June for the Mission locale (after a refusal: not a
 *       re-orientation), its referral expired on 20 June.
 *   <li>C: claim 1 Sept. 2025, rights and duties 2 Sept.; decided 15 Sept. for the association
 *       (social); notice sent 16 Sept.; appointment of 1 Oct. cancelled; contract signed 20 Nov.,
 *       from 20 Nov. 2025 to 19 Nov. 2026 (a year), action LOGEMENT; left the RSA on 1 Feb. 2026
 *       (the contract ended the same day).
 * </ul>
 */
class FollowUpProjectionTest {
  static final UUID FT = UUID.fromString("00000000-0000-0000-0000-0000000005f1");
  static final UUID DEP = UUID.fromString("00000000-0000-0000-0000-0000000005d1");
  static final UUID ASSO = UUID.fromString("00000000-0000-0000-0000-0000000005a1");
  static final UUID ML = UUID.fromString("00000000-0000-0000-0000-0000000005c1");
  static final UUID REFERENT = UUID.fromString("00000000-0000-0000-0000-0000000007e1");
  static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000c001");
  static final UUID OA = UUID.fromString("00000000-0000-0000-0000-00000000a002");
  static final UUID OB = UUID.fromString("00000000-0000-0000-0000-00000000b002");
  static final UUID OC = UUID.fromString("00000000-0000-0000-0000-00000000c002");

  @BeforeAll
  static void database() throws Exception {
    ProjectorTest.migrate();
    try (Connection c = ProjectorTest.owner("08");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO structure (id, tenant_id, name, kind) VALUES"
              + " ('"
              + FT
              + "', '08', 'France Travail Charleville', 'FRANCE_TRAVAIL'),"
              + " ('"
              + DEP
              + "', '08', 'Service insertion', 'DEPARTEMENT'),"
              + " ('"
              + ASSO
              + "', '08', 'Association Relais', 'ASSOCIATION'),"
              + " ('"
              + ML
              + "', '08', 'Mission locale', 'MISSION_LOCALE')");
      c.commit();
    }
  }

  @org.junit.jupiter.api.AfterAll
  static void stop() throws Exception {
    ProjectorTest.stop();
  }

  @BeforeEach
  void empty() throws SQLException {
    new ProjectorTest().empty();
  }

  static String person(UUID p, String time, String claim, String rd) {
    return person(p, time, claim, rd, "");
  }

  static String person(UUID p, String time, String claim, String rd, String traits) {
    return event(
        "08",
        "beneficiary.created",
        time,
        "\"beneficiaryId\":\""
            + p
            + "\",\"territoryId\":\""
            + ProjectorTest.TERRITORY
            + "\",\"rsaClaimDate\":\""
            + claim
            + "\",\"rightsAndDutiesStart\":\""
            + rd
            + "\",\"status\":\"TO_ORIENT\",\"rightState\":\"2\""
            + traits);
  }

  static String decided(UUID p, UUID o, String at, String pathway, UUID structure, String from) {
    return event(
        "08",
        "orientation.decided",
        at,
        "\"orientationId\":\""
            + o
            + "\",\"beneficiaryId\":\""
            + p
            + "\",\"at\":\""
            + at
            + "\",\"pathway\":\""
            + pathway
            + "\",\"structureId\":\""
            + structure
            + "\",\"from\":\""
            + from
            + "\",\"to\":\"DECIDED\"");
  }

  static String referral(
      UUID p, UUID o, String id, String type, String status, UUID s, String sent, String at) {
    return event(
        "08",
        "referral." + type,
        at,
        "\"referralId\":\""
            + id
            + "\",\"orientationId\":\""
            + o
            + "\",\"beneficiaryId\":\""
            + p
            + "\",\"structureId\":\""
            + s
            + "\",\"status\":\""
            + status
            + "\",\"sentAt\":\""
            + sent
            + "\",\"at\":\""
            + at
            + "\"");
  }

  static String appointment(
      UUID p,
      UUID o,
      String id,
      String type,
      String status,
      UUID s,
      String startsAt,
      String at,
      String replaces) {
    return event(
        "08",
        "appointment." + type,
        at,
        "\"appointmentId\":\""
            + id
            + "\",\"orientationId\":\""
            + o
            + "\",\"beneficiaryId\":\""
            + p
            + "\",\"structureId\":\""
            + s
            + "\",\"status\":\""
            + status
            + "\",\"startsAt\":\""
            + startsAt
            + "\",\"at\":\""
            + at
            + "\""
            + (replaces == null ? "" : ",\"replaces\":\"" + replaces + "\""));
  }

  static String contract(
      UUID p,
      UUID o,
      String id,
      String step,
      String at,
      String start,
      String end,
      String categories) {
    return event(
        "08",
        "contract." + step,
        at,
        "\"contractId\":\""
            + id
            + "\",\"orientationId\":\""
            + o
            + "\",\"beneficiaryId\":\""
            + p
            + "\",\"step\":\""
            + step
            + "\",\"at\":\""
            + at
            + "\",\"startDate\":\""
            + start
            + "\",\"endDate\":\""
            + end
            + "\",\"actionCategories\":["
            + categories
            + "]");
  }

  static String notice(UUID p, UUID o, String id, String sentAt) {
    return event(
        "08",
        "notification.sent",
        sentAt,
        "\"notificationId\":\""
            + id
            + "\",\"orientationId\":\""
            + o
            + "\",\"beneficiaryId\":\""
            + p
            + "\",\"kind\":\"DECISION\",\"sentAt\":\""
            + sentAt
            + "\"");
  }

  static List<String> cohort() {
    List<String> e = new ArrayList<>();
    // A
    e.add(
        person(
            A,
            "2025-01-10T08:00:00Z",
            "2025-01-06",
            "2025-01-10",
            ",\"birthYear\":1990,\"birthMonth\":6,\"sex\":\"F\",\"hasPartner\":false,\"children\":2"));
    e.add(decided(A, OA, "2025-01-20T07:00:00Z", "SOCIAL", DEP, "PROPOSED"));
    e.add(
        referral(
            A, OA, "ra", "sent", "PENDING", DEP, "2025-01-20T10:00:00Z", "2025-01-20T10:00:00Z"));
    e.add(
        referral(
            A,
            OA,
            "ra",
            "accepted",
            "ACCEPTED",
            DEP,
            "2025-01-20T10:00:00Z",
            "2025-01-21T10:00:00Z"));
    e.add(notice(A, OA, "na", "2025-01-21T08:00:00Z"));
    e.add(
        event(
            "08",
            "orientation.accepted",
            "2025-01-21T10:00:00Z",
            "\"orientationId\":\""
                + OA
                + "\",\"beneficiaryId\":\""
                + A
                + "\",\"at\":\"2025-01-21T10:00:00Z\",\"pathway\":\"SOCIAL\",\"structureId\":\""
                + DEP
                + "\",\"referentId\":\""
                + REFERENT
                + "\""));
    e.add(
        appointment(
            A,
            OA,
            "aa",
            "booked",
            "BOOKED",
            DEP,
            "2025-02-03T09:00:00Z",
            "2025-01-22T09:00:00Z",
            null));
    e.add(
        appointment(
            A,
            OA,
            "aa",
            "attendance",
            "SEEN",
            DEP,
            "2025-02-03T09:00:00Z",
            "2025-02-03T10:00:00Z",
            null));
    e.add(
        contract(
            A,
            OA,
            "ca",
            "signed",
            "2025-02-10T10:00:00Z",
            "2025-02-10",
            "2025-08-09",
            "\"EMPLOI\",\"SANTE\""));
    // B
    e.add(person(B, "2025-03-05T08:00:00Z", "2025-03-03", "2025-03-05"));
    e.add(decided(B, OB, "2025-03-10T07:00:00Z", "PROFESSIONAL", FT, "PROPOSED"));
    e.add(
        referral(
            B, OB, "rb1", "sent", "PENDING", FT, "2025-03-10T08:00:00Z", "2025-03-10T08:00:00Z"));
    e.add(
        referral(
            B,
            OB,
            "rb1",
            "accepted",
            "ACCEPTED",
            FT,
            "2025-03-10T08:00:00Z",
            "2025-03-10T20:00:00Z"));
    e.add(
        appointment(
            B,
            OB,
            "ab1",
            "booked",
            "BOOKED",
            FT,
            "2025-03-20T09:00:00Z",
            "2025-03-11T09:00:00Z",
            null));
    e.add(
        appointment(
            B,
            OB,
            "ab2",
            "moved",
            "BOOKED",
            FT,
            "2025-03-25T09:00:00Z",
            "2025-03-15T09:00:00Z",
            "ab1"));
    e.add(
        appointment(
            B,
            OB,
            "ab2",
            "attendance",
            "NO_SHOW",
            FT,
            "2025-03-25T09:00:00Z",
            "2025-03-25T11:00:00Z",
            null));
    e.add(
        appointment(
            B,
            OB,
            "ab3",
            "booked",
            "BOOKED",
            FT,
            "2025-04-02T09:00:00Z",
            "2025-03-26T09:00:00Z",
            null));
    e.add(
        appointment(
            B,
            OB,
            "ab3",
            "attendance",
            "SEEN",
            FT,
            "2025-04-02T09:00:00Z",
            "2025-04-02T10:00:00Z",
            null));
    e.add(
        event(
            "08",
            "orientation.reorientation-requested",
            "2025-06-01T09:00:00Z",
            "\"orientationId\":\""
                + OB
                + "\",\"beneficiaryId\":\""
                + B
                + "\",\"at\":\"2025-06-01T09:00:00Z\""));
    e.add(decided(B, OB, "2025-06-03T07:00:00Z", "SOCIAL", ASSO, "REORIENTATION_REQUESTED"));
    e.add(
        referral(
            B, OB, "rb2", "sent", "PENDING", ASSO, "2025-06-03T08:00:00Z", "2025-06-03T08:00:00Z"));
    e.add(
        referral(
            B,
            OB,
            "rb2",
            "refused",
            "REFUSED",
            ASSO,
            "2025-06-03T08:00:00Z",
            "2025-06-05T08:00:00Z"));
    e.add(decided(B, OB, "2025-06-10T07:00:00Z", "SOCIO_PROFESSIONAL", ML, "TO_ORIENT"));
    e.add(
        referral(
            B, OB, "rb3", "sent", "PENDING", ML, "2025-06-10T08:00:00Z", "2025-06-10T08:00:00Z"));
    e.add(
        referral(
            B,
            OB,
            "rb3",
            "expired",
            "EXPIRED",
            ML,
            "2025-06-10T08:00:00Z",
            "2025-06-20T08:00:00Z"));
    // C
    e.add(person(C, "2025-09-02T08:00:00Z", "2025-09-01", "2025-09-02"));
    e.add(decided(C, OC, "2025-09-15T07:00:00Z", "SOCIAL", ASSO, "PROPOSED"));
    e.add(notice(C, OC, "nc", "2025-09-16T08:00:00Z"));
    e.add(
        appointment(
            C,
            OC,
            "ac",
            "booked",
            "BOOKED",
            ASSO,
            "2025-10-01T09:00:00Z",
            "2025-09-20T09:00:00Z",
            null));
    e.add(
        appointment(
            C,
            OC,
            "ac",
            "cancelled",
            "CANCELLED",
            ASSO,
            "2025-10-01T09:00:00Z",
            "2025-09-25T09:00:00Z",
            null));
    e.add(
        contract(
            C,
            OC,
            "cc",
            "signed",
            "2025-11-20T10:00:00Z",
            "2025-11-20",
            "2026-11-19",
            "\"LOGEMENT\""));
    e.add(
        event(
            "08",
            "beneficiary.left",
            "2026-02-01T03:00:00Z",
            "\"beneficiaryId\":\"" + C + "\",\"exitDate\":\"2026-02-01\",\"reason\":\"x\""));
    e.add(
        contract(
            C,
            OC,
            "cc",
            "ended",
            "2026-02-01T03:00:00Z",
            "2025-11-20",
            "2026-11-19",
            "\"LOGEMENT\""));
    return e;
  }

  @Test
  void everyFollowUpIndicatorIsTheFigureComputedByHand() throws SQLException {
    ProjectorTest.apply(cohort());
    // first appointment held: A 20 Jan. -> 3 Feb. = 14 d; B 10 Mar. -> 2 Apr. (the moved one was
    // missed) = 23 d; C decided 15 Sept., never held, left
    assertDelay("monthly-first-appointment-delay", "2025-01", 1, 14.0);
    assertDelay("monthly-first-appointment-delay", "2025-03", 1, 23.0);
    assertThat(month("monthly-first-appointment-delay", "2025-09").delay().left()).isEqualTo(1);
    // from the claim: A 6 Jan. -> 3 Feb. = 28; B 3 Mar. -> 2 Apr. = 30; from rights and duties:
    // A 10 Jan. -> 3 Feb. = 24; B 5 Mar. -> 2 Apr. = 28
    assertDelay("monthly-accompaniment-delay-from-claim", "2025-01", 1, 28.0);
    assertDelay("monthly-accompaniment-delay-from-claim", "2025-03", 1, 30.0);
    assertDelay("monthly-accompaniment-delay-from-rights-and-duties", "2025-01", 1, 24.0);
    assertDelay("monthly-accompaniment-delay-from-rights-and-duties", "2025-03", 1, 28.0);
    assertThat(month("monthly-accompaniment-delay-from-claim", "2025-09").delay().left())
        .isEqualTo(1);
    // attendance by the appointment's month: Feb. A held; Mar. B's moved one missed (the one it
    // replaced counts nowhere); Apr. B held
    assertShare("monthly-appointment-attendance-rate", "2025-02", 1, 1);
    assertShare("monthly-appointment-attendance-rate", "2025-03", 0, 1);
    assertShare("monthly-appointment-no-show-rate", "2025-03", 1, 1);
    assertShare("monthly-appointment-excused-rate", "2025-03", 0, 1);
    assertShare("monthly-appointment-attendance-rate", "2025-04", 1, 1);
    assertThat(month("monthly-appointment-cancelled", "2025-10").people()).isEqualTo(1);
    // partners' answers, by the month sent: Jan. 24 h; Mar. 12 h; June 48 h (refused) and one
    // expired
    assertDelay("monthly-partner-response-time", "2025-01", 1, 24.0);
    assertDelay("monthly-partner-response-time", "2025-03", 1, 12.0);
    assertDelay("monthly-partner-response-time", "2025-06", 1, 48.0);
    assertThat(month("monthly-partner-response-time", "2025-06").delay().shareWithin()).isEmpty();
    assertShare("monthly-partner-refusal-rate", "2025-01", 0, 1);
    assertShare("monthly-partner-refusal-rate", "2025-06", 1, 1);
    assertShare("monthly-partner-expiry-rate", "2025-06", 1, 2);
    // contracts: from the first decision outside France Travail, A 20 Jan. -> 10 Feb. = 21, C 15
    // Sept. -> 20 Nov. = 66, B (association on 3 June) still waiting; from the notice, A 21 Jan.
    // -> 10 Feb. = 20 (within a month), C 16 Sept. -> 20 Nov. = 65 (not within)
    assertDelay("monthly-contract-delay-from-orientation", "2025-01", 1, 21.0);
    assertDelay("monthly-contract-delay-from-orientation", "2025-09", 1, 66.0);
    assertThat(month("monthly-contract-delay-from-orientation", "2025-06").delay().waiting())
        .isEqualTo(1);
    assertDelay("monthly-contract-delay-from-notification", "2025-01", 1, 20.0);
    assertDelay("monthly-contract-delay-from-notification", "2025-09", 1, 65.0);
    assertShare("monthly-contract-within-one-month", "2025-01", 1, 1);
    assertShare("monthly-contract-within-one-month", "2025-09", 0, 1);
    // re-orientations: B from France Travail (SPE) to the association in June; the decision after
    // the refusal is not a re-orientation
    assertThat(month("monthly-reoriented-spe-to-non-spe", "2025-06").people()).isEqualTo(1);
    assertThat(month("monthly-reoriented-non-spe-to-spe", "2025-06").people()).isZero();
    assertThat(month("oarsa-t6-reoriented-spe-to-non-spe", "2025-12").people()).isEqualTo(1);
    // stocks on the month's last day. Subject: A from 10 Jan., B from 5 Mar., C 2 Sept. to 1 Feb.
    assertStock(
        "oarsa-t1-subject",
        Map.of("2025-01", 1L, "2025-03", 2L, "2025-09", 3L, "2026-01", 3L, "2026-02", 2L));
    // not oriented: A 10-20 Jan., B 5-10 Mar., 5-10 June, from 20 June (the Mission locale's
    // referral expired), C 2-15 Sept.
    assertStock(
        "oarsa-t1-not-oriented",
        Map.of("2025-01", 0L, "2025-03", 0L, "2025-06", 1L, "2025-09", 1L, "2026-02", 1L));
    // oriented: A (département) from 20 Jan.; B (France Travail) 10 Mar. - 3 June, then the
    // association until the refusal (5 June), the Mission locale until the expiry (20 June); C
    // (association) 15 Sept. to 1 Feb.
    assertStock(
        "oarsa-t1-oriented",
        Map.of("2025-01", 1L, "2025-03", 2L, "2025-06", 1L, "2025-09", 2L, "2026-02", 1L));
    assertThat(own(month("oarsa-t1-oriented", "2025-03")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("DEPARTEMENT", 1L, "FRANCE_TRAVAIL", 1L));
    assertShare("oarsa-t1-oriented-share", "2025-06", 1, 2);
    assertShare("oarsa-t1-oriented-share", "2025-09", 2, 3);
    assertThat(month("oarsa-t1-body-kind-share", "2025-09").byBreakdown())
        .containsExactlyInAnyOrderEntriesOf(Map.of("DEPARTEMENT", 1L, "OTHER_NON_SPE", 1L));
    assertStock("oarsa-t2-france-travail-registered", Map.of("2025-03", 1L, "2025-06", 0L));
    // contracts in force: A 10 Feb. - 9 Aug.; C 20 Nov. until it ended on 1 Feb.
    assertStock(
        "oarsa-t2-contract-valid",
        Map.of("2025-02", 1L, "2025-08", 0L, "2025-11", 1L, "2026-02", 0L));
    // share among those oriented outside France Travail: Mar. A alone (B is with France Travail);
    // Nov. C of A and C
    assertShare("oarsa-t2-contract-share", "2025-03", 1, 1);
    assertShare("oarsa-t2-contract-share", "2025-11", 1, 2);
    assertThat(month("oarsa-t3-contracts-by-duration", "2025-02").byBreakdown())
        .containsExactlyEntriesOf(Map.of("FROM_6_TO_12_MONTHS", 1L));
    assertThat(month("oarsa-t3-contracts-by-duration", "2025-11").byBreakdown())
        .containsExactlyEntriesOf(Map.of("FROM_1_YEAR", 1L));
    assertThat(month("oarsa-t4-contracts-by-action", "2025-02").byBreakdown())
        .containsExactlyInAnyOrderEntriesOf(Map.of("EMPLOI", 1L, "SANTE", 1L));
    // caseloads: A with the département from 3 Feb.; B with France Travail from 2 Apr. until the
    // re-orientation asked on 1 June
    assertThat(month("structure-caseload", "2025-04").byBreakdown())
        .containsExactlyInAnyOrderEntriesOf(Map.of(DEP.toString(), 1L, FT.toString(), 1L));
    assertThat(month("structure-caseload", "2025-06").byBreakdown())
        .containsExactlyEntriesOf(Map.of(DEP.toString(), 1L));
    // the referent named when the département's service accepted A: A in their caseload from 3
    // Feb.; B's referrals named none
    assertThat(month("referent-caseload", "2025-01").people()).isZero();
    assertThat(month("referent-caseload", "2025-06").byBreakdown())
        .containsExactlyEntriesOf(Map.of(REFERENT.toString(), 1L));
    // OARSA T5 for 2025: A, B and C entered in 2025 and are subject on 31 Dec.; first oriented and
    // never re-oriented: A (département), C (association), both outside France Travail; C's first
    // contract is in force on 31 Dec. (A's ended in August); claim -> first decision: A 14, B 7, C
    // 14 (mean 35/3); first decision -> first contract: A 21, C 66 (mean 43.5)
    assertThat(month("oarsa-t5-entrants", "2025-12").people()).isEqualTo(3);
    assertThat(month("oarsa-t5-first-oriented", "2025-12").people()).isEqualTo(2);
    assertThat(month("oarsa-t5-first-oriented-outside-france-travail", "2025-12").people())
        .isEqualTo(2);
    assertThat(own(month("oarsa-t5-first-contract", "2025-12")))
        .containsExactlyEntriesOf(Map.of("OTHER_NON_SPE", 1L));
    Figures.Month t5 = month("oarsa-t5-delay-claim-to-orientation", "2025-12");
    assertThat(t5.delay().reached()).isEqualTo(3);
    assertThat(t5.delay().mean()).isCloseTo(35.0 / 3, within(1e-9));
    assertThat(t5.delay().median()).isEqualTo(14);
    assertDelay("oarsa-t5-delay-orientation-to-contract", "2025-12", 2, 43.5);
  }

  static String atSession(
      UUID p, String session, String type, String startsAt, String at, String extra) {
    return event(
        "08",
        "session." + type,
        at,
        "\"sessionId\":\""
            + session
            + "\",\"kind\":\"INFO_COLLECTIVE\",\"startsAt\":\""
            + startsAt
            + "\",\"state\":\"PLANNED\""
            + (p == null ? "" : ",\"beneficiaryId\":\"" + p + "\"")
            + extra);
  }

  /**
   * Two sessions in May 2025. On 12 May: A invited, present, oriented at the desk; B invited,
   * absent; D not invited, came late (a walk-in). On 20 May, cancelled: C invited before the
   * cancellation, E after it (E's event still says "planned"). Invited in May: A and B (C and E's
   * session was cancelled), A came: 1 of 2; present: A and D, A oriented the same day: 1 of 2.
   */
  static List<String> sessions() {
    UUID d = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    UUID e = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    String may12 = "2025-05-12T08:00:00Z";
    String may20 = "2025-05-20T08:00:00Z";
    List<String> out = new ArrayList<>();
    out.add(atSession(A, "s1", "person-invited", may12, "2025-05-01T08:00:00Z", ""));
    out.add(atSession(B, "s1", "person-invited", may12, "2025-05-01T08:01:00Z", ""));
    out.add(
        atSession(
            A,
            "s1",
            "person-checked-in",
            may12,
            "2025-05-12T08:05:00Z",
            ",\"attendance\":\"PRESENT\""));
    out.add(
        atSession(
            B,
            "s1",
            "person-checked-in",
            may12,
            "2025-05-12T10:00:00Z",
            ",\"attendance\":\"ABSENT\""));
    out.add(
        atSession(
            d,
            "s1",
            "person-checked-in",
            may12,
            "2025-05-12T08:20:00Z",
            ",\"attendance\":\"LATE\",\"walkIn\":true"));
    out.add(atSession(A, "s1", "person-oriented", may12, "2025-05-12T09:00:00Z", ""));
    out.add(atSession(C, "s2", "person-invited", may20, "2025-05-02T08:00:00Z", ""));
    out.add(atSession(null, "s2", "cancelled", may20, "2025-05-10T08:00:00Z", ""));
    out.add(atSession(e, "s2", "person-invited", may20, "2025-05-11T08:00:00Z", ""));
    return out;
  }

  @Test
  void collectiveSessionsCountTheirPeopleOnceAndNoneOfACancelledOne() throws SQLException {
    for (long seed = 0; seed <= 3; seed++) {
      empty();
      List<String> events = new ArrayList<>(cohort());
      events.addAll(sessions());
      if (seed > 0) {
        Collections.shuffle(events, new Random(seed));
      }
      ProjectorTest.apply(events);
      assertThat(month("monthly-session-invited", "2025-05").people())
          .as("seed " + seed)
          .isEqualTo(2);
      assertShare("monthly-session-attendance-rate", "2025-05", 1, 2);
      assertThat(month("monthly-session-present", "2025-05").people()).isEqualTo(2);
      assertThat(month("monthly-session-oriented-same-day", "2025-05").people()).isEqualTo(1);
      assertShare("monthly-session-oriented-same-day-share", "2025-05", 1, 2);
    }
  }

  /**
   * OARSA's people margins: A (born June 1990, a woman, alone with two children) is 34 then 35
   * (30–39) in 2025; her claim of 6 Jan. is six months old on 6 July. B's file says nothing of
   * them: « Inconnu », but for B's time in the RSA (claim 3 Mar.: under six months until 3 Sept.).
   */
  @Test
  void peopleAreBrokenDownAsOarsaDoes() throws SQLException {
    ProjectorTest.apply(cohort());
    Figures.Month march = month("oarsa-t1-subject", "2025-03");
    assertThat(march.people()).as("the margins are not added to the total").isEqualTo(2);
    assertThat(march.byBreakdown())
        .containsEntry("sexe:FEMALE", 1L)
        .containsEntry("sexe:UNKNOWN", 1L)
        .containsEntry("famille:SINGLE_WITH_CHILDREN", 1L)
        .containsEntry("famille:UNKNOWN", 1L)
        .containsEntry("age:FROM_30_TO_39", 1L)
        .containsEntry("age:UNKNOWN", 1L)
        .containsEntry("etudes:UNKNOWN", 2L)
        .containsEntry("anciennete:UNDER_6_MONTHS", 2L);
    assertThat(month("oarsa-t1-subject", "2025-08").byBreakdown())
        .containsEntry("anciennete:FROM_6_TO_12_MONTHS", 1L)
        .containsEntry("anciennete:UNDER_6_MONTHS", 1L);
    assertThat(month("oarsa-t1-subject", "2025-09").byBreakdown())
        .containsEntry("anciennete:FROM_6_TO_12_MONTHS", 2L)
        .containsEntry("anciennete:UNDER_6_MONTHS", 1L);
    assertThat(month("oarsa-t1-oriented", "2025-03").byBreakdown())
        .containsEntry("sexe:FEMALE", 1L)
        .containsEntry("sexe:UNKNOWN", 1L);
    Figures.Month entrants = month("oarsa-t5-entrants", "2025-12");
    assertThat(entrants.people()).isEqualTo(3);
    assertThat(entrants.byBreakdown())
        .containsEntry("sexe:FEMALE", 1L)
        .containsEntry("sexe:UNKNOWN", 2L)
        .containsEntry("age:FROM_30_TO_39", 1L)
        .containsEntry("anciennete:FROM_6_TO_12_MONTHS", 2L)
        .containsEntry("anciennete:UNDER_6_MONTHS", 1L);
    assertThat(month("oarsa-t1-body-kind-share", "2025-03").byBreakdown())
        .containsOnlyKeys("DEPARTEMENT", "FRANCE_TRAVAIL");
  }

  @Test
  void anyOrderAndEventsTwiceGiveTheSameCells() throws SQLException {
    ProjectorTest.apply(cohort());
    List<String> expected = ProjectorTest.allCells("08");
    for (long seed = 1; seed <= 4; seed++) {
      empty();
      List<String> events = cohort();
      Collections.shuffle(events, new Random(seed));
      ProjectorTest.apply(events);
      ProjectorTest.apply(events.subList(0, events.size() / 2));
      assertThat(ProjectorTest.allCells("08")).as("order " + seed).isEqualTo(expected);
      // the totals kept beside the cells are the migration's rule applied to them
      assertThat(ProjectorTest.totals("08"))
          .as("totals, order " + seed)
          .isNotEmpty()
          .isEqualTo(ProjectorTest.totalsOfTheCells("08"));
    }
  }

  /**
   * The consumer applies a poll's events in one transaction (people read and written once, their
   * cells' differences summed): the same cells and totals as an event a transaction in the same
   * order, for every order tried — both départements' events mixed, a session cancelled among its
   * people's visits, referrals and appointments that name only their orientation (older events:
   * their person found from an orientation applied earlier in the same transaction, or not at all
   * when it comes later, on both sides alike), each event twice in the poll (counted once) — and
   * nothing more the second time.
   */
  @Test
  void aPollInOneTransactionGivesTheSameCellsAsAnEventATransaction() throws SQLException {
    List<String> base = new ArrayList<>(cohort());
    base.addAll(sessions());
    base.addAll(ProjectorTest.cohort());
    for (long seed = 0; seed <= 3; seed++) {
      List<String> events = new ArrayList<>();
      for (String e : base) {
        boolean older =
            e.contains("fr.aiguillage.referral.") || e.contains("fr.aiguillage.appointment.");
        events.add(older && seed % 2 == 1 ? withoutPerson(e) : e);
      }
      Collections.shuffle(events, new Random(seed));
      empty();
      ProjectorTest.apply(events);
      List<String> cells08 = ProjectorTest.allCells("08");
      List<String> cells59 = ProjectorTest.allCells("59");
      List<String> totals08 = ProjectorTest.totals("08");
      empty();
      List<LifecycleFact> facts =
          events.stream().map(e -> LifecycleFact.parse(e).orElseThrow()).toList();
      List<LifecycleFact> twice = new ArrayList<>();
      for (LifecycleFact f : facts) {
        twice.add(f);
        twice.add(f);
      }
      ProjectionBatch batch = new ProjectionBatch(ProjectorTest.db.ownerDataSource());
      String as = "order " + seed;
      assertThat(batch.applyAll(twice)).as(as).isEqualTo(facts.size());
      assertThat(batch.applyAll(facts)).as("seen before").isZero();
      assertThat(ProjectorTest.allCells("08")).as(as).isNotEmpty().isEqualTo(cells08);
      assertThat(ProjectorTest.allCells("59")).as(as).isNotEmpty().isEqualTo(cells59);
      assertThat(ProjectorTest.totals("08")).as(as).isEqualTo(totals08);
      assertThat(ProjectorTest.totals("59")).isEqualTo(ProjectorTest.totalsOfTheCells("59"));
      assertThat(month("monthly-session-invited", "2025-05").people()).as(as).isEqualTo(2);
    }
  }

  /**
   * Referrals and appointments published before events named their person (their orientation
   * alone), read before any event of their orientation — the topic is keyed by aggregate, a rebuild
   * reads partitions in any interleaving — wait for it, then count as if read in order: the cohort
   * with those first gives the cells of the cohort in order, and nothing is left waiting.
   */
  @Test
  void anEventReadBeforeItsOrientationWaitsForIt() throws SQLException {
    ProjectorTest.apply(cohort());
    List<String> inOrder = ProjectorTest.allCells("08");
    empty();
    List<String> older = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String e : cohort()) {
      if (e.contains("fr.aiguillage.referral.") || e.contains("fr.aiguillage.appointment.")) {
        older.add(withoutPerson(e));
      } else {
        rest.add(e);
      }
    }
    assertThat(older).as("events naming their orientation alone").hasSizeGreaterThan(3);
    ProjectorTest.apply(older);
    assertThat(parked()).as("waiting for their orientation").isEqualTo(older.size());
    Collections.shuffle(rest, new Random(3));
    ProjectorTest.apply(rest);
    assertThat(ProjectorTest.allCells("08")).isNotEmpty().isEqualTo(inOrder);
    assertThat(parked()).as("none left waiting").isZero();
  }

  private static long parked() throws SQLException {
    try (Connection c = ProjectorTest.owner("08");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM stat_parked")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * A rebuild keeps the cells' differences of many transactions and writes them when asked, or when
   * it holds more than it may: nothing written before, then the same cells and totals as an event a
   * transaction.
   */
  @Test
  void aRebuildWritesTheCellsOfManyTransactionsAtOnce() throws SQLException {
    List<String> events = new ArrayList<>(cohort());
    events.addAll(sessions());
    events.addAll(ProjectorTest.cohort());
    Collections.shuffle(events, new Random(11));
    ProjectorTest.apply(events);
    List<String> cells08 = ProjectorTest.allCells("08");
    List<String> cells59 = ProjectorTest.allCells("59");
    List<String> totals08 = ProjectorTest.totals("08");
    List<LifecycleFact> facts =
        events.stream().map(e -> LifecycleFact.parse(e).orElseThrow()).toList();
    for (int atMost : new int[] {1_000_000, 50}) {
      empty();
      ProjectionBatch rebuild =
          ProjectionBatch.keepingCells(ProjectorTest.db.ownerDataSource(), atMost);
      for (int k = 0; k < facts.size(); k += 7) {
        rebuild.applyAll(facts.subList(k, Math.min(facts.size(), k + 7)));
      }
      if (atMost > facts.size() * 100) {
        assertThat(ProjectorTest.allCells("08")).as("kept, not written yet").isEmpty();
      } else {
        assertThat(ProjectorTest.allCells("08")).as("written when too many").isNotEmpty();
      }
      rebuild.writeCells();
      assertThat(ProjectorTest.allCells("08")).as("at most " + atMost).isEqualTo(cells08);
      assertThat(ProjectorTest.allCells("59")).as("at most " + atMost).isEqualTo(cells59);
      assertThat(ProjectorTest.totals("08")).as("at most " + atMost).isEqualTo(totals08);
    }
  }

  /** The event as published before its person was named on it: its orientation alone. */
  private static String withoutPerson(String event) {
    String out =
        event
            .replaceAll("\"beneficiaryId\":\"[0-9a-f-]{36}\",", "")
            .replaceAll(",\"beneficiaryId\":\"[0-9a-f-]{36}\"", "");
    assertThat(out).doesNotContain("beneficiaryId").contains("orientationId");
    return out;
  }

  /**
   * National reads sum each département's totals: every indicator reads the same people, shares,
   * stocks and delays (mean, shares within 15/30/42/45 days, people set apart) as from the cells;
   * only a delay's median and 90th percentile are not there.
   */
  @Test
  void theTotalsReadTheSameFiguresAsTheCells() throws SQLException {
    ProjectorTest.apply(cohort());
    int delays = 0;
    for (String id : Readings.ALL.keySet()) {
      List<Figures.Month> cells = figures(id, "2025-01", "2026-02", "08");
      List<Figures.Month> totals = totals(id, "2025-01", "2026-02", "08");
      assertThat(totals).as(id).hasSameSizeAs(cells);
      for (int i = 0; i < cells.size(); i++) {
        Figures.Month c = cells.get(i);
        Figures.Month t = totals.get(i);
        String as = id + " " + c.month();
        assertThat(t.people()).as(as).isEqualTo(c.people());
        assertThat(t.share()).as(as).isEqualTo(c.share());
        if (c.delay() == null) {
          assertThat(t.delay()).as(as).isNull();
          continue;
        }
        delays += c.delay().reached() > 0 ? 1 : 0;
        assertThat(t.delay().reached()).as(as).isEqualTo(c.delay().reached());
        if (c.delay().mean() == null) {
          assertThat(t.delay().mean()).as(as).isNull();
        } else {
          assertThat(t.delay().mean()).as(as).isCloseTo(c.delay().mean(), within(1e-9));
        }
        assertThat(t.delay().shareWithin()).as(as).isEqualTo(c.delay().shareWithin());
        assertThat(t.delay().waiting()).as(as).isEqualTo(c.delay().waiting());
        assertThat(t.delay().left()).as(as).isEqualTo(c.delay().left());
        assertThat(t.delay().unknownStart()).as(as).isEqualTo(c.delay().unknownStart());
        assertThat(t.delay().median()).as(as).isNull();
      }
    }
    assertThat(delays).as("months of delays reached in the cohort").isGreaterThan(5);
  }

  @Test
  void noFollowUpFactOfTheArdennesReachesTheNord() throws SQLException {
    ProjectorTest.apply(cohort());
    assertThat(ProjectorTest.allCells("59")).isEmpty();
    assertThat(month("oarsa-t1-subject", "2025-09", "59").people()).isZero();
  }

  /** A month's own breakdowns, the people's margins left out. */
  static Map<String, Long> own(Figures.Month m) {
    return m.byBreakdown().entrySet().stream()
        .filter(e -> !People.isMargin(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static void assertDelay(String id, String m, long reached, double mean)
      throws SQLException {
    Figures.Month month = month(id, m);
    assertThat(month.delay().reached()).as(id + " " + m + " reached").isEqualTo(reached);
    assertThat(month.delay().mean()).as(id + " " + m + " mean").isCloseTo(mean, within(1e-9));
  }

  private static void assertShare(String id, String m, long numerator, long denominator)
      throws SQLException {
    Figures.Share s = month(id, m).share();
    assertThat(s.numerator()).as(id + " " + m + " numerator").isEqualTo(numerator);
    assertThat(s.denominator()).as(id + " " + m + " denominator").isEqualTo(denominator);
  }

  private static void assertStock(String id, Map<String, Long> expected) throws SQLException {
    Map<String, Long> actual =
        figures(id, "2025-01", "2026-02", "08").stream()
            .filter(m -> expected.containsKey(m.month()))
            .collect(Collectors.toMap(Figures.Month::month, Figures.Month::people));
    assertThat(actual).as(id).isEqualTo(expected);
  }

  static Figures.Month month(String id, String m) throws SQLException {
    return month(id, m, "08");
  }

  static Figures.Month month(String id, String m, String tenant) throws SQLException {
    return figures(id, m, m, tenant).get(0);
  }

  /** The figures as a national read reads them, from the totals of {@code tenant}. */
  static List<Figures.Month> totals(String id, String from, String to, String tenant)
      throws SQLException {
    return read(Figures.TOTALS, id, from, to, tenant);
  }

  /** The figures as the API reads them, from the cells of {@code tenant} through JDBC. */
  static List<Figures.Month> figures(String id, String from, String to, String tenant)
      throws SQLException {
    return read(Figures.CELLS, id, from, to, tenant);
  }

  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d)");

  /**
   * {@link Figures#months} over {@code sql} (its numbered parameters: indicator, from, to, then
   * territory and pathway, or pathway alone), the tenant set as the beans set it.
   */
  private static List<Figures.Month> read(
      String sql, String id, String from, String to, String tenant) throws SQLException {
    List<Integer> order = new ArrayList<>();
    Matcher m = PARAMETER.matcher(sql);
    while (m.find()) {
      order.add(Integer.parseInt(m.group(1)));
    }
    try (Connection c = ProjectorTest.owner(tenant);
        PreparedStatement ps = c.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"))) {
      Figures.CellSource source =
          (indicator, start, end, territory, pathway) -> {
            Object[] values = {
              indicator,
              start == null ? LocalDate.of(1900, 1, 1) : start.atDay(1),
              end.atDay(1),
              "",
              ""
            };
            List<Object[]> rows = new ArrayList<>();
            try {
              for (int k = 0; k < order.size(); k++) {
                ps.setObject(k + 1, values[order.get(k) - 1]);
              }
              try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                  Object[] row = new Object[columns];
                  for (int k = 0; k < columns; k++) {
                    row[k] = rs.getObject(k + 1);
                  }
                  rows.add(row);
                }
              }
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
            return rows;
          };
      return Figures.months(source, id, YearMonth.parse(from), YearMonth.parse(to), "", "");
    }
  }
}
