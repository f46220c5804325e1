package fr.aiguillage.diagnostic;

/** Who gave an answer: the person (through their personal link) or the professional. */
public enum Respondent {
  PERSON("La personne"),
  PROFESSIONAL("Le professionnel");

  private final String label;

  Respondent(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
