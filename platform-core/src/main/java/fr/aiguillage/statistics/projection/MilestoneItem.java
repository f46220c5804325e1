package fr.aiguillage.statistics.projection;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One record of the pseudonymised statistics topic {@code aiguillage.statistics.v1}, schema version
 * 1 (docs/asyncapi.yaml, ADR 0023): a milestone of a person, with no name, NIR, CAF number,
 * address, birth date, nor any platform id of a person or an orientation. Days are ISO dates;
 * {@code null} where the milestone has no such field.
 *
 * @param id keyed hash of the source event's id and the milestone: a replay gives the same id
 * @param milestone {@code entered}, {@code first-decision} or {@code left}
 * @param withdrawn true when a correction took the milestone back (the person's last record for a
 *     milestone and entry is the one that stands)
 * @param person keyed hash of the person (the record's key too)
 * @param entry keyed hash of the orientation a first decision belongs to (a person back in the RSA
 *     has a new one)
 * @param departement the département's code (the tenant)
 * @param territoryId the département's territory (no person), if known
 * @param ageBand always {@code inconnu} so far: the lifecycle events carry no birth year
 * @param date the milestone's day
 * @param claimDate on {@code entered}: the RSA claim's day, if known
 * @param rightsAndDutiesStart on {@code entered}: the day rights and duties started, if known
 * @param pathway on {@code first-decision}: the pathway decided, or {@code inconnu}
 * @param bodyKind on {@code first-decision}: DREES's kind of body of the structure, or {@code
 *     inconnu}
 */
@JsonPropertyOrder({
  "schemaVersion",
  "id",
  "milestone",
  "withdrawn",
  "person",
  "entry",
  "departement",
  "territoryId",
  "ageBand",
  "date",
  "claimDate",
  "rightsAndDutiesStart",
  "pathway",
  "bodyKind"
})
public record MilestoneItem(
    int schemaVersion,
    String id,
    String milestone,
    boolean withdrawn,
    String person,
    String entry,
    String departement,
    String territoryId,
    String ageBand,
    String date,
    String claimDate,
    String rightsAndDutiesStart,
    String pathway,
    String bodyKind) {
  public static final int SCHEMA_VERSION = 1;
  public static final String ENTERED = "entered";
  public static final String FIRST_DECISION = "first-decision";
  public static final String LEFT = "left";
}
