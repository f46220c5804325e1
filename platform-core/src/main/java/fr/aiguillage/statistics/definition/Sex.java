package fr.aiguillage.statistics.definition;

import fr.aiguillage.beneficiary.Civility;

/**
 * Sex as OARSA breaks it down, with « Inconnu ». The file keeps a civility, taken from the CAF's
 * {@code SEXE} or the NIR's first digit when a list gives neither (ADR 0019): it is read back as
 * the sex; a file without civility is unknown, never guessed from a first name.
 */
public enum Sex {
  FEMALE("Femme"),
  MALE("Homme"),
  UNKNOWN("Inconnu");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Sex of(Civility civility) {
    if (civility == null) {
      return UNKNOWN;
    }
    return switch (civility) {
      case MADAME -> FEMALE;
      case MONSIEUR -> MALE;
    };
  }
}
