package fr.aiguillage.statistics.definition;

import static fr.aiguillage.statistics.definition.LifecycleEvent.APPOINTMENT_ATTENDANCE;
import static fr.aiguillage.statistics.definition.LifecycleEvent.APPOINTMENT_CANCELLED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.BENEFICIARY_CREATED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.BENEFICIARY_UPDATED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.CONTRACT_SIGNED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.NOTIFICATION_SENT;
import static fr.aiguillage.statistics.definition.LifecycleEvent.ORIENTATION_DECIDED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.REFERRAL_ACCEPTED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.REFERRAL_REFUSED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.REFERRAL_SENT;
import static fr.aiguillage.statistics.definition.LifecycleEvent.SESSION_PERSON_CHECKED_IN;
import static fr.aiguillage.statistics.definition.LifecycleEvent.SESSION_PERSON_INVITED;
import static fr.aiguillage.statistics.definition.LifecycleEvent.SESSION_PERSON_ORIENTED;

import java.util.List;

/**
 * The dated moments the catalogue's indicators start, end and are counted on. Every instant ({@code
 * at}, {@code sentAt}, {@code startsAt}, {@code time}) is read as its day in Europe/Paris; a delay
 * is the number of calendar days from the start's day to the end's day. "The person's current
 * entry" is their current orientation ({@code orientationId}): a file reopened after an exit from
 * the RSA starts a new one (ADR 0019), so a first orientation is first since the latest entry.
 */
final class Milestones {
  private static final List<LifecycleEvent> FILE =
      List.of(BENEFICIARY_CREATED, BENEFICIARY_UPDATED);

  static final Milestone CLAIM =
      new Milestone(
          FILE,
          "rsaClaimDate",
          "rsaClaimDate of the person's latest beneficiary.created/updated: the claim of the"
              + " latest entry into the RSA (a correction replaces it); null when the list or flow"
              + " did not give it",
          "la date de demande du RSA",
          true);

  static final Milestone RIGHTS_AND_DUTIES =
      new Milestone(
          FILE,
          "rightsAndDutiesStart",
          "rightsAndDutiesStart of the person's latest beneficiary.created/updated; null when"
              + " unknown (a flow without the CAF's entrant flag)",
          "la date d'entrée dans les droits et devoirs",
          true);

  static final Milestone FIRST_DECISION =
      Milestone.of(
          ORIENTATION_DECIDED,
          "at",
          "the first orientation.decided of the person's current orientation (orientationId);"
              + " later ones (a refusal decided again, a re-orientation) do not move it",
          "la première décision d'orientation");

  static final Milestone FIRST_DECISION_OUTSIDE_FRANCE_TRAVAIL =
      Milestone.of(
          ORIENTATION_DECIDED,
          "at",
          "the first orientation.decided of the current orientation, when its structureId maps"
              + " to a BodyCategory other than FRANCE_TRAVAIL",
          "la première décision d'orientation hors France Travail");

  static final Milestone REORIENTATION =
      Milestone.of(
          ORIENTATION_DECIDED,
          "at",
          "an orientation.decided that follows an orientation.reorientation-requested on the"
              + " same orientation, whose structureId's BodyCategory is on the other side of the"
              + " SPE line (isSpe) than the decision before it",
          "la décision de réorientation");

  static final Milestone FIRST_APPOINTMENT_HELD =
      Milestone.of(
          APPOINTMENT_ATTENDANCE,
          "startsAt",
          "the first appointment.attendance with status SEEN of the current orientation, dated"
              + " by its startsAt (the day the appointment took place, not the day it was"
              + " recorded)",
          "le premier rendez-vous d'accompagnement honoré");

  static final Milestone APPOINTMENT_DAY =
      Milestone.of(
          APPOINTMENT_ATTENDANCE,
          "startsAt",
          "each appointment.attendance (status SEEN, EXCUSED or NO_SHOW), the last recorded for"
              + " an appointmentId winning, dated by startsAt; a moved appointment counts only as"
              + " the one that replaces it",
          "la date du rendez-vous");

  static final Milestone CANCELLED_APPOINTMENT_DAY =
      Milestone.of(
          APPOINTMENT_CANCELLED,
          "startsAt",
          "each appointment.cancelled, dated by the startsAt it was booked for",
          "la date prévue du rendez-vous annulé");

  static final Milestone DECISION_NOTICE =
      Milestone.of(
          NOTIFICATION_SENT,
          "sentAt",
          "each notification.sent of kind DECISION for an orientation.decided whose structure is"
              + " not France Travail; a re-orientation's notice starts a new month (D.5411-8-2)",
          "l'envoi de la notification de la décision d'orientation");

  static final Milestone CONTRACT_AFTER_NOTICE =
      Milestone.of(
          CONTRACT_SIGNED,
          "at",
          "the first contract.signed of the same orientation (orientationId) on or after the"
              + " notice's day",
          "la signature du contrat par les deux parties");

  static final Milestone FIRST_CONTRACT =
      Milestone.of(
          CONTRACT_SIGNED,
          "at",
          "the first contract.signed of the current orientation (a renewal or an amendment is"
              + " not a first contract)",
          "la signature du premier contrat par les deux parties");

  static final Milestone REFERRAL_SENT_ON =
      Milestone.of(
          REFERRAL_SENT,
          "sentAt",
          "each referral.sent (one per referralId), by its sentAt",
          "l'envoi de l'adressage à la structure");

  static final Milestone REFERRAL_ANSWERED =
      new Milestone(
          List.of(REFERRAL_ACCEPTED, REFERRAL_REFUSED),
          "at",
          "the referral.accepted or referral.refused of that referralId; referral.reviewing is"
              + " not an answer",
          "la réponse de la structure (acceptation ou refus)",
          false);

  static final Milestone SESSION_INVITATION =
      Milestone.of(
          SESSION_PERSON_INVITED,
          "startsAt",
          "each (sessionId, beneficiaryId) of session.person-invited, dated by the session's"
              + " startsAt; a session.cancelled removes its invitations",
          "la date de la session");

  static final Milestone SESSION_CHECK_IN =
      Milestone.of(
          SESSION_PERSON_CHECKED_IN,
          "startsAt",
          "each (sessionId, beneficiaryId) of session.person-checked-in whose attendance is"
              + " PRESENT or LATE (walkIn included), dated by the session's startsAt",
          "la date de la session");

  static final Milestone SESSION_ORIENTATION =
      Milestone.of(
          SESSION_PERSON_ORIENTED,
          "time",
          "each (sessionId, beneficiaryId) of session.person-oriented whose envelope time falls"
              + " on the day of the session's startsAt",
          "la date de la session");

  private Milestones() {}
}
