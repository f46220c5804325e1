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
  BIRTH_DATE("Date de naissance", true, "date de naissance", "date naissance", "ne le", "dtnai"),
  ADDRESS_LINE("Adresse", false, "adresse", "adresse 1", "voie", "numero et voie"),
  ADDRESS_COMPLEMENT(
      "Complément d'adresse", false, "complement", "complement d adresse", "adresse 2"),
  POSTAL_CODE("Code postal", false, "code postal", "cp", "codepos"),
  COMMUNE_NAME("Commune", false, "commune", "ville", "localite"),
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
      true,
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
  TAGS("Étiquettes", false, "etiquettes", "tags", "etiquette");

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

  /** The field a header most likely holds, if any. */
  public static Optional<IntakeField> guess(String header) {
    String key = Text.searchKey(header == null ? "" : header.replaceAll("[^\\p{L}\\p{N}]+", " "));
    for (IntakeField f : values()) {
      if (f.synonyms.contains(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
