package fr.aiguillage.contract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed catalogue of merge fields a template may use, written {@code {{personne.nom}}}. The
 * label and the description are the editor's help; the label is also what a missing value shows.
 */
public enum MergeField {
  PERSON_CIVILITY("personne.civilite", "Civilité", "Madame ou Monsieur, comme au dossier."),
  PERSON_LAST_NAME("personne.nom", "Nom", "Le nom de naissance ou d'usage de la personne."),
  PERSON_FIRST_NAMES("personne.prenoms", "Prénoms", "Les prénoms de la personne."),
  PERSON_BIRTH_DATE(
      "personne.date_naissance", "Date de naissance", "Écrite en toutes lettres : 3 mai 1985."),
  PERSON_ADDRESS("personne.adresse", "Adresse", "L'adresse de la personne, sur une ligne."),
  PERSON_CAF_NUMBER(
      "personne.numero_allocataire", "Numéro allocataire", "Le numéro CAF ou MSA du foyer."),
  HOUSEHOLD_SITUATION(
      "foyer.situation_familiale",
      "Situation familiale",
      "Seul(e) ou en couple, d'après le diagnostic."),
  HOUSEHOLD_CHILDREN(
      "foyer.enfants_a_charge", "Enfants à charge", "Le nombre d'enfants à charge du foyer."),
  ORIENTATION_PATHWAY(
      "orientation.parcours",
      "Parcours",
      "Le parcours décidé : emploi, global (socio-professionnel) ou social."),
  ORIENTATION_DECISION_DATE(
      "orientation.date_decision", "Date de la décision", "Le jour de la décision d'orientation."),
  ORIENTATION_NOTIFICATION_DATE(
      "orientation.date_notification",
      "Date de notification",
      "Le jour où la décision d'orientation a été notifiée ; le délai d'un mois court de là."),
  REFERENT_NAME("referent.nom", "Nom du référent", "Prénom et nom du ou de la référent(e)."),
  REFERENT_EMAIL("referent.courriel", "Courriel du référent", "L'adresse où le ou la joindre."),
  REFERENT_PHONE("referent.telephone", "Téléphone du référent", "Le numéro où le ou la joindre."),
  STRUCTURE_NAME(
      "structure.nom", "Organisme référent", "L'organisme vers lequel la personne est orientée."),
  STRUCTURE_ADDRESS("structure.adresse", "Adresse de l'organisme", "Sur une ligne."),
  DIAGNOSTIC_SYNTHESIS(
      "diagnostic.synthese",
      "Synthèse du diagnostic",
      "La synthèse écrite à la fin du diagnostic socio-professionnel."),
  CONTRACT_START("contrat.date_debut", "Début du contrat", "Le jour où le contrat prend effet."),
  CONTRACT_END("contrat.date_fin", "Fin du contrat", "Le dernier jour du contrat."),
  CONTRACT_REVIEW(
      "contrat.date_revision", "Date du point d'étape", "Le jour prévu pour faire le point."),
  DEPARTEMENT_NAME("departement.nom", "Nom du département", "Par exemple : Loire-Atlantique."),
  DEPARTEMENT_ADDRESS(
      "departement.adresse", "Adresse du département", "L'adresse du service de l'insertion.");

  private static final Map<String, MergeField> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toMap(MergeField::key, Function.identity()));

  private final String key;
  private final String label;
  private final String description;

  MergeField(String key, String label, String description) {
    this.key = key;
    this.label = label;
    this.description = description;
  }

  /** The name written between the braces. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /** As written in a template. */
  public String placeholder() {
    return "{{" + key + "}}";
  }

  public static Optional<MergeField> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  /** The field whose key is nearest a misspelt one (at most three edits away), for a hint. */
  static Optional<MergeField> nearest(String key) {
    return Arrays.stream(values())
        .map(f -> Map.entry(f, distance(f.key, key)))
        .filter(e -> e.getValue() <= 3)
        .min(Comparator.comparing(Map.Entry::getValue))
        .map(Map.Entry::getKey);
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
