package fr.aiguillage.notification;

import java.util.List;

/**
 * What a convocation letter says — to a collective session (its convocation, reminder or
 * cancellation) or to a first appointment booked at the desk — gathered when it is written and kept
 * as JSON with the letter's notice, so that the letter printed later says what was told then.
 *
 * @param title the letter's heading ("Convocation à une session d'information collective"…)
 * @param what the session's kind, or "Premier rendez-vous avec …"
 * @param when the day and time in Europe/Paris, written out in French
 * @param place the address lines of the place, empty for a video session
 * @param videoUrl the video link, null for a session in a room
 * @param withWhom the referent met, if known
 * @param rightsAndDuties whether the letter recalls the RSA's rights and duties
 * @param cancelled whether the letter tells a cancellation
 * @param nextWhen for a cancellation, the session the person is now invited to, else null
 * @param link the person's questionnaire link, null when they have nothing left to answer
 */
public record ConvocationData(
    String departement,
    String reference,
    String date,
    String civility,
    String fullName,
    List<String> address,
    String title,
    String what,
    String when,
    long minutes,
    List<String> place,
    String room,
    String videoUrl,
    String withWhom,
    String contactPhone,
    boolean rightsAndDuties,
    boolean reminder,
    boolean cancelled,
    String reason,
    String nextWhen,
    List<String> nextPlace,
    String nextVideoUrl,
    String link) {}
