package fr.aiguillage.statistics.definition;

import fr.aiguillage.vocabulary.StructureKind;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Which OARSA category each structure of a département's directory counts in. The directory knows
 * seven kinds of structure ({@link StructureKind}); OARSA has eleven categories, and an association
 * may be an IAE, a business-creation support or a social body. As in WebRSA, the mapping is the
 * département's data: each structure may carry its own category ({@code overrides}, by structure
 * id), which wins over the default for its kind. The default is {@link #byDefault}: France Travail,
 * Mission locale, PLIE and Cap emploi, CCAS/CIAS and the département map one to one; an association
 * is "other, outside the SPE" (DREES: other bodies are mostly social ones) until the département
 * says otherwise for that structure.
 */
public record BodyCategories(Map<UUID, BodyCategory> overrides) {
  public static final BodyCategories DEFAULT = new BodyCategories(Map.of());

  public BodyCategories {
    overrides = Map.copyOf(Objects.requireNonNull(overrides));
  }

  /** The category of a structure of this kind when the département has set none. */
  public static BodyCategory byDefault(StructureKind kind) {
    if (kind == null) {
      return BodyCategory.UNKNOWN;
    }
    return switch (kind) {
      case FRANCE_TRAVAIL -> BodyCategory.FRANCE_TRAVAIL;
      case DEPARTEMENT -> BodyCategory.DEPARTEMENT;
      case PLIE, CAP_EMPLOI -> BodyCategory.MDE_MDEF_PLIE_CAP_EMPLOI;
      case MISSION_LOCALE -> BodyCategory.MISSION_LOCALE;
      case CCAS -> BodyCategory.CCAS_CIAS;
      case ASSOCIATION -> BodyCategory.OTHER_NON_SPE;
    };
  }

  /** The category of one structure: its own if the département set one, else its kind's. */
  public BodyCategory categoryOf(UUID structureId, StructureKind kind) {
    if (structureId == null) {
      return BodyCategory.UNKNOWN;
    }
    BodyCategory own = overrides.get(structureId);
    return own != null ? own : byDefault(kind);
  }
}
