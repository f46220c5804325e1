package fr.aiguillage.vocabulary;

/** The three pathways of the loi plein emploi (2023), with the CASF categories they replace. */
public enum Pathway {
  PROFESSIONAL("Parcours emploi", "professionnel"),
  SOCIO_PROFESSIONAL("Parcours global (socio-professionnel)", "socio-professionnel"),
  SOCIAL("Parcours social (remobilisation)", "social");

  private final String label;
  private final String casfCategory;

  Pathway(String label, String casfCategory) {
    this.label = label;
    this.casfCategory = casfCategory;
  }

  public String label() {
    return label;
  }

  public String casfCategory() {
    return casfCategory;
  }
}
