package fr.aiguillage.contract;

import fr.aiguillage.vocabulary.Pathway;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A realistic contract to lay out (the national contrat d'engagement, every field filled, six
 * actions under three objectives), for the PDF's tests and benchmark.
 */
public final class ContractSamples {
  public static final Instant NOW = Instant.parse("2027-03-12T13:05:00Z");
  public static final String PERSON_NAME = "Marie-Hélène DUPONT";
  public static final String REFERENT_NAME = "Karim Benali";
  static final LocalDate START = LocalDate.of(2027, 3, 15);

  private ContractSamples() {}

  /** The national contrat d'engagement for {@code lastName}, with six actions. */
  public static RenderedContract national(String firstNames, String lastName) {
    ContractTemplate t =
        ContractTemplate.adopt(
            NationalTemplate.of(ContractKind.CONTRAT_ENGAGEMENT), 1, "admin-44", NOW);
    return ContractRenderer.render(t, values(firstNames, lastName), sixActions());
  }

  public static RenderedContract national() {
    return national("Marie-Hélène", "DUPONT");
  }

  public static ContractPdf.Header header(String personName) {
    return new ContractPdf.Header(
        "Loire-Atlantique",
        List.of("Hôtel du Département", "3 quai Ceineray", "44041 Nantes Cedex 1"),
        personName,
        ContractPdf.reference(UUID.fromString("3f2a9c1b-0000-4000-8000-00000000abcd"), 1));
  }

  /** The referent in person, then the person remotely. */
  public static List<ContractPdf.SignatureFacts> signatures(String personName) {
    return List.of(
        new ContractPdf.SignatureFacts(
            "Le référent",
            REFERENT_NAME,
            "sur l'écran du référent, en sa présence",
            NOW,
            null,
            null),
        new ContractPdf.SignatureFacts(
            "La personne",
            personName,
            "à distance, par son lien personnel, avec un code à usage unique",
            NOW.plusSeconds(26 * 3600 + 17 * 60),
            "203.0.113.7",
            "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/122.0.0.0 Mobile Safari/537.36"));
  }

  static MergeValues values(String firstNames, String lastName) {
    return new MergeValues(
        new MergeValues.Person(
            "Madame",
            lastName,
            firstNames,
            LocalDate.of(1985, 5, 3),
            List.of("3 rue des Lilas", "44000 Nantes"),
            "1234567"),
        new MergeValues.Household("En couple", 2),
        new MergeValues.Orientation(
            Pathway.SOCIO_PROFESSIONAL, LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 4)),
        new MergeValues.Referent(REFERENT_NAME, "k.benali@example.fr", "02 40 00 00 00"),
        new MergeValues.Structure("CCAS de Nantes", List.of("1 place du Commerce", "44000 Nantes")),
        "Projet d'aide-soignante ; expérience de 3 ans en EHPAD.\n\n"
            + "Freins : mobilité (pas de permis), garde des enfants le mercredi.",
        new MergeValues.ContractDates(START, START.plusMonths(6), START.plusMonths(3)),
        new MergeValues.Departement(
            "Loire-Atlantique", List.of("Hôtel du Département", "44041 Nantes Cedex 1")));
  }

  static ActionPlan sixActions() {
    UUID partner = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    return new ActionPlan(
        List.of(
            new Objective(
                "Se déplacer pour travailler",
                List.of(
                    action("Préparation du code de la route", ActionCategory.MOBILITY, 3, 2),
                    new PlannedAction(
                        null,
                        "Atelier de réparation de vélos",
                        ActionCategory.MOBILITY,
                        ActionParty.PARTNER_SERVICE,
                        new PlannedAction.PartnerService(partner, "Vélocampus Nantes"),
                        START.plusMonths(1),
                        2))),
            new Objective(
                "Devenir aide-soignante",
                List.of(
                    action(
                        "Préparation au concours d'entrée en IFAS",
                        ActionCategory.ACTIVITIES_PLACEMENTS_TRAINING,
                        4,
                        5),
                    action(
                        "Stage d'immersion en EHPAD (PMSMP)",
                        ActionCategory.ACTIVITIES_PLACEMENTS_TRAINING,
                        2,
                        4))),
            new Objective(
                "Organiser la vie de famille",
                List.of(
                    action(
                        "Recherche d'une garde pour le mercredi",
                        ActionCategory.FAMILY_AND_PARENTING,
                        1,
                        1),
                    action(
                        "Ouverture des droits à la complémentaire santé solidaire",
                        ActionCategory.ACCESS_TO_RIGHTS,
                        1,
                        1)))),
        15,
        null);
  }

  private static PlannedAction action(
      String label, ActionCategory category, int months, int hours) {
    return new PlannedAction(
        null, label, category, ActionParty.PERSON, null, START.plusMonths(months), hours);
  }
}
