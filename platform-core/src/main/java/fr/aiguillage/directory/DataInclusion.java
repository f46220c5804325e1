package fr.aiguillage.directory;

import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data·inclusion structure schema's fields the directory reads and writes, and the mapping of
 * its typologies to Aiguillage's kinds. Aiguillage adds `parcours`, `capacite`, `territoire` and
 * `organisation_partenaire`.
 */
public final class DataInclusion {
  public static final List<String> COLUMNS =
      List.of(
          "siret",
          "nom",
          "typologie",
          "adresse",
          "code_postal",
          "commune",
          "code_insee",
          "telephone",
          "courriel",
          "horaires_ouverture",
          "thematiques",
          "parcours",
          "capacite",
          "territoire",
          DataInclusion.OWNER);

  /**
   * Aiguillage's column for the partner organisation that runs the structure; when a file has this
   * column its value replaces the current one (blank: none), when it does not the owner is kept.
   */
  public static final String OWNER = "organisation_partenaire";

  public static final List<String> REQUIRED = List.of("nom", "typologie", "code_insee", "parcours");

  private static final Map<String, StructureKind> TYPOLOGIES =
      Map.of(
          "FT",
          StructureKind.FRANCE_TRAVAIL,
          "PE",
          StructureKind.FRANCE_TRAVAIL,
          "PLIE",
          StructureKind.PLIE,
          "ML",
          StructureKind.MISSION_LOCALE,
          "CAP_EMPLOI",
          StructureKind.CAP_EMPLOI,
          "CCAS",
          StructureKind.CCAS,
          "CIAS",
          StructureKind.CCAS,
          "ASSO",
          StructureKind.ASSOCIATION,
          "DEPT",
          StructureKind.DEPARTEMENT);

  private DataInclusion() {}

  public static Optional<StructureKind> kind(String typologie) {
    return Optional.ofNullable(
        typologie == null ? null : TYPOLOGIES.get(typologie.strip().toUpperCase()));
  }

  public static String typologie(StructureKind kind) {
    return switch (kind) {
      case FRANCE_TRAVAIL -> "FT";
      case PLIE -> "PLIE";
      case MISSION_LOCALE -> "ML";
      case CAP_EMPLOI -> "CAP_EMPLOI";
      case CCAS -> "CCAS";
      case ASSOCIATION -> "ASSO";
      case DEPARTEMENT -> "DEPT";
    };
  }
}
