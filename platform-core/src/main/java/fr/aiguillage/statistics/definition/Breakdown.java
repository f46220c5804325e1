package fr.aiguillage.statistics.definition;

/**
 * A way to split an indicator's figure; each has an « Inconnu » cell, so that the cells add up to
 * the total — except the action categories, where a contract counts once in each category it has an
 * action in. Person traits are taken on the period's reference date (the stock's date, or the day
 * of the milestone that places the person in the period).
 */
public enum Breakdown {
  TERRITORY("Territoire", "territoryId of beneficiary.created/updated"),
  PATHWAY("Parcours", "pathway of orientation.decided"),
  BODY_KIND(
      "Type d'organisme (DREES)", "structureId of orientation.decided, through BodyCategories"),
  BODY_CATEGORY(
      "Catégorie d'organisme (OARSA)",
      "structureId of orientation.decided, through BodyCategories"),
  STRUCTURE("Structure", "structureId of the event"),
  REFERENT("Référent", "referentId of orientation.*"),
  AGE_BAND("Tranche d'âge", "AgeBand of birthYear and birthMonth of beneficiary.created/updated"),
  SEX("Sexe", "Sex of sex (the file's civility) of beneficiary.created/updated"),
  FAMILY_SITUATION(
      "Situation familiale",
      "FamilySituation of hasPartner and children of beneficiary.created/updated, else"
          + " familySituation of diagnostic.completed"),
  RSA_DURATION("Ancienneté dans le RSA", "RsaDurationBand of rsaClaimDate"),
  EDUCATION_LEVEL(
      "Niveau de formation",
      "educationLevel of diagnostic.completed (its qualification_level answer)"),
  CONTRACT_DURATION(
      "Durée du contrat", "ContractDurationBand of contract.signed startDate/endDate"),
  ACTION_CATEGORY(
      "Catégorie d'action (DREES)",
      "actionCategories of contract.* (ActionCategory of the plan's actions)");

  private final String label;
  private final String source;

  Breakdown(String label, String source) {
    this.label = label;
    this.source = source;
  }

  public String label() {
    return label;
  }

  /** Where the projection reads the cell from (English, for the docs). */
  public String source() {
    return source;
  }
}
