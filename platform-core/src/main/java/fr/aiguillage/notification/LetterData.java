package fr.aiguillage.notification;

import java.util.List;

/**
 * What a decision letter says, kept with the notice when the decision is taken, so that the letter
 * printed or sent later says what was decided then.
 */
public record LetterData(
    String departement,
    String reference,
    String date,
    String civility,
    String fullName,
    List<String> address,
    String pathway,
    String pathwayMeaning,
    String structureName,
    List<String> structureAddress,
    String structurePhone,
    String structureEmail,
    String referentName,
    String reason) {}
