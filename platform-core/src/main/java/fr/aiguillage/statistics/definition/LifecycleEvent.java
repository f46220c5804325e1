package fr.aiguillage.statistics.definition;

import java.util.List;

/**
 * The lifecycle events (docs/events.md, topic {@code aiguillage.lifecycle.v1}) that start, end or
 * count in an indicator, with the data fields an indicator may read. The collective sessions' desk
 * steps and {@code tenant.created} are left out: no indicator reads them. {@code time} is the
 * CloudEvents envelope's time, for payloads without an {@code at} of their own (sessions).
 *
 * <p>{@link #NOTIFICATION_SENT} is the sending of a notice; kind DECISION is the orientation
 * decision's, from which the legal month to sign a contract runs (décret 2024-1244).
 */
public enum LifecycleEvent {
  BENEFICIARY_CREATED("beneficiary.created", Payloads.BENEFICIARY),
  BENEFICIARY_UPDATED("beneficiary.updated", Payloads.BENEFICIARY),
  BENEFICIARY_LEFT(
      "beneficiary.left",
      List.of(
          "schemaVersion",
          "beneficiaryId",
          "tenant",
          "householdRole",
          "territoryId",
          "exitDate",
          "reason",
          "rightState")),
  DIAGNOSTIC_COMPLETED(
      "diagnostic.completed",
      List.of(
          "schemaVersion",
          "diagnosticId",
          "beneficiaryId",
          "proposedPathway",
          "rule",
          "criteriaVersion",
          "needsReview",
          "familySituation",
          "educationLevel")),
  ORIENTATION_INTAKE("orientation.intake", Payloads.ORIENTATION),
  ORIENTATION_TO_ORIENT("orientation.to-orient", Payloads.ORIENTATION),
  ORIENTATION_DIAGNOSTIC("orientation.diagnostic", Payloads.ORIENTATION),
  ORIENTATION_PROPOSED("orientation.proposed", Payloads.ORIENTATION),
  ORIENTATION_DECIDED("orientation.decided", Payloads.ORIENTATION),
  ORIENTATION_REFERRED("orientation.referred", Payloads.ORIENTATION),
  ORIENTATION_ACCEPTED("orientation.accepted", Payloads.ORIENTATION),
  ORIENTATION_REFUSED("orientation.refused", Payloads.ORIENTATION),
  ORIENTATION_EXPIRED("orientation.expired", Payloads.ORIENTATION),
  ORIENTATION_APPOINTMENT_BOOKED("orientation.appointment-booked", Payloads.ORIENTATION),
  ORIENTATION_ACCOMPANIED("orientation.accompanied", Payloads.ORIENTATION),
  ORIENTATION_REORIENTATION_REQUESTED("orientation.reorientation-requested", Payloads.ORIENTATION),
  ORIENTATION_CLOSED("orientation.closed", Payloads.ORIENTATION),
  REFERRAL_SENT("referral.sent", Payloads.REFERRAL),
  REFERRAL_REMINDED("referral.reminded", Payloads.REFERRAL),
  REFERRAL_EXPIRED("referral.expired", Payloads.REFERRAL),
  REFERRAL_ESCALATED("referral.escalated", Payloads.REFERRAL),
  REFERRAL_WITHDRAWN("referral.withdrawn", Payloads.REFERRAL),
  REFERRAL_REVIEWING("referral.reviewing", Payloads.REFERRAL),
  REFERRAL_ACCEPTED("referral.accepted", Payloads.REFERRAL),
  REFERRAL_REFUSED("referral.refused", Payloads.REFERRAL),
  APPOINTMENT_BOOKED("appointment.booked", Payloads.APPOINTMENT),
  APPOINTMENT_MOVED("appointment.moved", Payloads.APPOINTMENT),
  APPOINTMENT_CANCELLED("appointment.cancelled", Payloads.APPOINTMENT),
  APPOINTMENT_ATTENDANCE("appointment.attendance", Payloads.APPOINTMENT),
  CONTRACT_DRAFTED("contract.drafted", Payloads.CONTRACT),
  CONTRACT_SUBMITTED("contract.submitted", Payloads.CONTRACT),
  CONTRACT_SIGNED("contract.signed", Payloads.CONTRACT),
  CONTRACT_RENEWED("contract.renewed", Payloads.CONTRACT),
  CONTRACT_ENDED("contract.ended", Payloads.CONTRACT),
  CONTRACT_CANCELLED("contract.cancelled", Payloads.CONTRACT),
  SESSION_PLANNED("session.planned", Payloads.session("capacity")),
  SESSION_HELD("session.held", Payloads.session()),
  SESSION_CLOSED("session.closed", Payloads.session()),
  SESSION_CANCELLED("session.cancelled", Payloads.session()),
  SESSION_PERSON_INVITED(
      "session.person-invited", Payloads.session("earlierAbsences", "franceTravail")),
  SESSION_PERSON_DECLINED("session.person-declined", Payloads.session()),
  SESSION_PERSON_CHECKED_IN("session.person-checked-in", Payloads.session("attendance", "walkIn")),
  SESSION_PERSON_ORIENTED("session.person-oriented", Payloads.session()),
  SESSION_PERSON_SET_ASIDE("session.person-set-aside", Payloads.session()),
  SESSION_PERSON_TO_INDIVIDUAL_PATH("session.person-to-individual-path", Payloads.session()),
  NOTIFICATION_SENT(
      "notification.sent",
      List.of(
          "schemaVersion",
          "notificationId",
          "beneficiaryId",
          "orientationId",
          "tenant",
          "kind",
          "channel",
          "sentAt"));

  /** The prefix of every CloudEvents type on the topic. */
  public static final String TYPE_PREFIX = "fr.aiguillage.";

  private final String shortType;
  private final List<String> fields;
  private final boolean published;

  LifecycleEvent(String shortType, List<String> fields) {
    this(shortType, fields, true);
  }

  LifecycleEvent(String shortType, List<String> fields, boolean published) {
    this.shortType = shortType;
    this.fields = fields;
    this.published = published;
  }

  /** The CloudEvents type on the topic, e.g. {@code fr.aiguillage.orientation.decided}. */
  public String type() {
    return TYPE_PREFIX + shortType;
  }

  /** The type as the outbox stores it, e.g. {@code orientation.decided}. */
  public String shortType() {
    return shortType;
  }

  /** The payload's data fields (plus {@code time}, the envelope's, always there). */
  public List<String> fields() {
    return fields;
  }

  public boolean hasField(String field) {
    return "time".equals(field) || fields.contains(field);
  }

  /** False for an event the projections need and that no context publishes yet. */
  public boolean isPublished() {
    return published;
  }

  private static final class Payloads {
    static final List<String> BENEFICIARY =
        List.of(
            "schemaVersion",
            "beneficiaryId",
            "tenant",
            "householdRole",
            "territoryId",
            "communeInsee",
            "rsaClaimDate",
            "rightsAndDutiesStart",
            "status",
            "birthYear",
            "birthMonth",
            "sex",
            "hasPartner",
            "children",
            "rightState",
            "rightSuspended");
    static final List<String> ORIENTATION =
        List.of(
            "schemaVersion",
            "orientationId",
            "beneficiaryId",
            "tenant",
            "from",
            "to",
            "at",
            "pathway",
            "structureId",
            "proposedPathway",
            "criteriaVersion",
            "overridden",
            "referentId");
    static final List<String> REFERRAL =
        List.of(
            "schemaVersion",
            "referralId",
            "orientationId",
            "tenant",
            "structureId",
            "partnerOrganisation",
            "status",
            "sentAt",
            "dueAt",
            "at",
            "beneficiaryId");
    static final List<String> APPOINTMENT =
        List.of(
            "schemaVersion",
            "appointmentId",
            "referralId",
            "orientationId",
            "tenant",
            "structureId",
            "partnerOrganisation",
            "status",
            "startsAt",
            "endsAt",
            "replaces",
            "reason",
            "franceTravail",
            "at",
            "beneficiaryId");
    static final List<String> CONTRACT =
        List.of(
            "schemaVersion",
            "contractId",
            "beneficiaryId",
            "orientationId",
            "tenant",
            "step",
            "from",
            "to",
            "at",
            "kind",
            "contractVersion",
            "authorBody",
            "partnerOrganisation",
            "startDate",
            "endDate",
            "reviewOn",
            "weeklyHours",
            "documentSha256",
            "amendsId",
            "renewsId",
            "actionCategories");

    static List<String> session(String... extra) {
      List<String> common =
          List.of(
              "schemaVersion",
              "sessionId",
              "kind",
              "startsAt",
              "state",
              "beneficiaryId",
              "orientationId");
      return java.util.stream.Stream.concat(common.stream(), java.util.Arrays.stream(extra))
          .toList();
    }

    private Payloads() {}
  }
}
