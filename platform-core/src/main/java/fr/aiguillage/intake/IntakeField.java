package fr.aiguillage.intake;

import fr.aiguillage.shared.Text;
import java.util.List;
import java.util.Optional;

/**
 * What a column of a CAF/MSA list can hold, with the header names lists commonly use (compared
 * without accents, case or punctuation) so that a first mapping is suggested.
 */
public enum IntakeField {
  CIVILITY("Civilité", false, "civilite", "sexe", "titre", "qualite", "type personne"),
  LAST_NAME(
      "Nom",
      true,
      "nom",
      "nom d usage",
      "nom usage",
      "nom de famille",
      "nompers",
      "nom responsable dossier",
      "nom beneficiaire"),
  BIRTH_NAME("Nom de naissance", false, "nom de naissance", "nom naissance", "nom jeune fille"),
  FIRST_NAMES(
      "Prénom(s)",
      true,
      "prenom",
      "prenoms",
      "prenom s",
      "prenom responsable dossier",
      "prenom beneficiaire"),
  BIRTH_DATE("Date de naissance", false, "date de naissance", "date naissance", "ne le", "dtnai"),
  ADDRESS_LINE("Adresse", false, "adresse", "adresse 1", "voie", "numero et voie"),
  ADDRESS_COMPLEMENT(
      "Complément d'adresse", false, "complement", "complement d adresse", "adresse 2"),
  POSTAL_CODE("Code postal", false, "code postal", "cp", "codepos"),
  COMMUNE_NAME("Commune", false, "commune", "ville", "localite"),
  POSTAL_CODE_AND_COMMUNE(
      "Code postal et commune",
      false,
      "cp ville",
      "code postal ville",
      "cp commune",
      "code postal et ville",
      "code postal et commune"),
  COMMUNE_INSEE("Code commune INSEE", false, "code insee", "insee", "code commune", "numcom"),
  CAF_NUMBER(
      "Numéro allocataire CAF/MSA",
      true,
      "numero allocataire",
      "n allocataire",
      "no allocataire",
      "allocataire",
      "matricule",
      "num caf",
      "numero caf",
      "n caf"),
  HOUSEHOLD_ROLE(
      "Rôle dans le foyer", true, "role", "role dans le foyer", "rolepers", "role personne"),
  NIR("NIR", false, "nir", "numero de securite sociale", "n securite sociale", "numero ss"),
  FRANCE_TRAVAIL_ID(
      "Identifiant France Travail",
      false,
      "identifiant france travail",
      "id france travail",
      "identifiant pe",
      "id pe",
      "id pole emploi"),
  RSA_CLAIM_DATE(
      "Date d'ouverture des droits (demande de RSA)",
      false,
      "date d ouverture de droit",
      "date d ouverture des droits",
      "date ouverture droits",
      "date de demande",
      "date demande rsa",
      "dtdemrsa"),
  RIGHTS_AND_DUTIES_START(
      "Date d'entrée dans les droits et devoirs",
      false,
      "date d entree dans les droits et devoirs",
      "date entree sdd",
      "date sdd",
      "entree droits et devoirs",
      "date droits et devoirs",
      "date debut droits devoirs"),
  PHONE(
      "Téléphone",
      false,
      "telephone",
      "tel",
      "portable",
      "telephone 1",
      "mobile",
      "n telephones",
      "telephones"),
  PHONE_2("Autre téléphone", false, "telephone 2", "tel 2", "telephone fixe", "fixe"),
  EMAIL(
      "Courriel",
      false,
      "courriel",
      "email",
      "e mail",
      "mail",
      "adresse electronique",
      "adresses mails",
      "mails"),
  REFERENT_EMAIL("Courriel du référent", false, "courriel referent", "email referent", "referent"),
  TAGS("Étiquettes", false, "etiquettes", "tags", "etiquette"),
  DEPARTMENT_FILE_ID(
      "Identifiant du dossier au département",
      false,
      "id iodas",
      "iodas",
      "identifiant iodas",
      "id solis",
      "identifiant dossier",
      "n dossier",
      "numero dossier"),
  LISTED_STRUCTURE(
      "Structure indiquée par le fichier",
      false,
      "structure",
      "structure referente",
      "organisme referent",
      "structure d accompagnement");

  private final String label;
  private final boolean required;
  private final List<String> synonyms;

  IntakeField(String label, boolean required, String... synonyms) {
    this.label = label;
    this.required = required;
    this.synonyms = List.of(synonyms);
  }

  public String label() {
    return label;
  }

  public boolean required() {
    return required;
  }

  /** The field's name in the bulk JSON API: lastName, cafNumber, rsaClaimDate… */
  public String jsonName() {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char ch : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return b.toString();
  }

  /** What a cell of this column must be, and what the import refuses, in French (the preview). */
  public String rule() {
    return switch (this) {
      case CIVILITY -> "M., Mme, Monsieur, Madame, H/F ou 1/2 ; sinon donnée par le NIR.";
      case LAST_NAME, FIRST_NAMES, BIRTH_NAME ->
          "Lettres, espaces, apostrophes et tirets ; refuse un chiffre ou un texte trop long.";
      case BIRTH_DATE ->
          "JJ/MM/AAAA, AAAA-MM-JJ ou date Excel ; facultative (le NIR ou le numéro allocataire et le"
              + " rôle identifient la personne) ; refuse une date impossible ou un âge hors 16-120 ans.";
      case ADDRESS_LINE, ADDRESS_COMPLEMENT, COMMUNE_NAME ->
          "Texte libre ; refuse un texte trop long ou des caractères de contrôle.";
      case POSTAL_CODE -> "5 chiffres ; refuse un code postal d'un autre département.";
      case POSTAL_CODE_AND_COMMUNE ->
          "Le code postal (5 chiffres) puis la commune, ex. « 08000 CHARLEVILLE-MEZIERES » ;"
              + " séparés à l'import.";
      case COMMUNE_INSEE -> "Code INSEE de la commune ; refuse une commune d'un autre département.";
      case CAF_NUMBER ->
          "7 à 13 chiffres ; un préfixe CAF ou MSA est retiré (CAF0027004992 → 7004992).";
      case HOUSEHOLD_ROLE ->
          "DEM/Demandeur ou CJT/Conjoint ; refuse les enfants et autres personnes du foyer.";
      case NIR -> "15 caractères dont la clé ; refuse un NIR dont la clé est fausse.";
      case FRANCE_TRAVAIL_ID -> "5 à 20 lettres ou chiffres.";
      case RSA_CLAIM_DATE ->
          "Date ; facultative : sans elle, les délais partent de l'entrée dans les droits et devoirs,"
              + " sinon du jour de l'import, et les écrans le disent ; refuse une date future.";
      case RIGHTS_AND_DUTIES_START ->
          "Date ; refuse une date future ou antérieure à la demande de RSA.";
      case PHONE, PHONE_2 -> "10 chiffres (ou +33) ; espaces, points et tirets ignorés.";
      case EMAIL, REFERENT_EMAIL -> "Une adresse électronique valide.";
      case TAGS -> "Texte libre, 500 caractères au plus.";
      case DEPARTMENT_FILE_ID -> "Identifiant conservé tel quel, 40 caractères au plus.";
      case LISTED_STRUCTURE -> "Conservée telle quelle (200 caractères au plus), sans orienter.";
    };
  }

  /** The synonym a header was recognised by, if any (the preview says why). */
  public static Optional<String> recognisedAs(String header) {
    String key = key(header);
    return guess(header).map(f -> key);
  }

  private static String key(String header) {
    return Text.searchKey(header == null ? "" : header.replaceAll("[^\\p{L}\\p{N}]+", " "));
  }

  /** The field a header most likely holds, if any. */
  public static Optional<IntakeField> guess(String header) {
    String key = key(header);
    for (IntakeField f : values()) {
      if (f.synonyms.contains(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
