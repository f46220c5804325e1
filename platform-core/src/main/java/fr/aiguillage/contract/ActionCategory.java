package fr.aiguillage.contract;

/**
 * DREES's 15 categories of contract actions (OARSA survey, table T4, as REFERENCE §7.1 lists them):
 * a valid contract counts once in each category it has an action in. French labels are ours.
 */
public enum ActionCategory {
  ACTIVITIES_PLACEMENTS_TRAINING("Activités, stages ou formations"),
  JOB_SEARCH("Parcours de recherche d'emploi"),
  IAE("Insertion par l'activité économique (IAE)"),
  BUSINESS_CREATION("Création d'entreprise"),
  SUBSIDISED_JOB("Emploi aidé"),
  UNSUBSIDISED_JOB("Emploi non aidé"),
  SOCIAL_TIES("Lien social"),
  MOBILITY("Mobilité"),
  HOUSING("Logement"),
  HEALTH_CARE("Accès aux soins"),
  FINANCIAL_AUTONOMY("Autonomie financière"),
  FAMILY_AND_PARENTING("Famille et parentalité"),
  BASIC_SKILLS("Illettrisme et savoirs de base"),
  ACCESS_TO_RIGHTS("Accès aux droits et démarches administratives"),
  OTHER("Autre");

  private final String label;

  ActionCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
