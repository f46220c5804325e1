package fr.aiguillage.ui.orientation;

import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.Arrays;
import java.util.Optional;

/** Words of an orientation: French dates and times, day counts, labels of stored codes. */
final class OrientationTexts {
  static final String NO_PROPOSAL = "Pas encore de proposition";

  private OrientationTexts() {}

  /** "0 jour", "1 jour", "45 jours", "1 234 jours". */
  static String days(long count) {
    return Formats.thousands(count) + (Math.abs(count) <= 1 ? " jour" : " jours");
  }

  /** The pathway for a stored code, if it is one. */
  static Optional<Pathway> pathway(String code) {
    return Arrays.stream(Pathway.values()).filter(p -> p.name().equals(code)).findFirst();
  }

  /** The label of a stored pathway code; the code itself if unknown. */
  static String pathwayLabel(String code) {
    return pathway(code).map(Pathway::label).orElse(code == null ? NO_PROPOSAL : code);
  }

  /** "Mission locale", or "non précisé" for an unknown or missing kind. */
  static String kindLabel(String code) {
    return Arrays.stream(StructureKind.values())
        .filter(k -> k.name().equals(code))
        .map(StructureKind::label)
        .findFirst()
        .orElse("non précisé, au choix de l'agent");
  }

  /** "Critères version 3", "Critères version 0 (socle national)". */
  static String criteriaVersion(Integer version) {
    if (version == null) {
      return "Critères : version inconnue";
    }
    return "Critères version " + version + (version == 0 ? " (socle national)" : "");
  }

  static String person(String lastName, String firstNames) {
    return (lastName == null ? "" : lastName) + " " + (firstNames == null ? "" : firstNames);
  }
}
