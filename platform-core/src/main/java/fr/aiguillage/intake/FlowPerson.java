package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.Civility;
import java.time.LocalDate;

/**
 * A person of a household in a CAF flow, as read: a field the reader refused is null and its
 * problem is in the household's list. {@code sex} is the CAF's code (1 man, 2 woman); {@code
 * rightsAndDuties} and {@code entrant} are null when the flow does not say.
 */
record FlowPerson(
    int ordinal,
    Civility civility,
    String lastName,
    String birthName,
    String firstNames,
    LocalDate birthDate,
    String nir,
    String sex,
    Role role,
    Boolean rightsAndDuties,
    Boolean entrant) {

  /** ROLEPERS (REFERENCE §6.2). */
  enum Role {
    DEM("Demandeur"),
    CJT("Conjoint"),
    ENF("Enfant"),
    AUT("Autre personne"),
    RDO("Responsable du dossier");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }
}
