package fr.aiguillage.ui.diagnostic;

import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.Arrays;
import java.util.Optional;

/** Words of a proposal: labels of stored codes, and the criteria version's name. */
final class ProposalTexts {
  static final String NO_KIND = "Type de structure : non précisé, au choix de l'agent";

  private ProposalTexts() {}

  /** "Critères version 3", "Critères version 0 (socle national)". */
  static String criteriaVersion(Integer version) {
    if (version == null) {
      return "Critères : version inconnue";
    }
    return "Critères version " + version + (version == 0 ? " (socle national)" : "");
  }

  /** The label of a stored pathway code; the code itself if unknown. */
  static String pathway(String code) {
    return Arrays.stream(Pathway.values())
        .filter(p -> p.name().equals(code))
        .map(Pathway::label)
        .findFirst()
        .orElse(code == null ? "" : code);
  }

  static String kind(Optional<StructureKind> kind) {
    return kind.map(k -> "Type de structure : " + k.label()).orElse(NO_KIND);
  }

  /** The stored kind's code as a structure kind, if it is one. */
  static Optional<StructureKind> kind(String code) {
    return Arrays.stream(StructureKind.values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
