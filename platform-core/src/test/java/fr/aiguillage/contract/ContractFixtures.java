package fr.aiguillage.contract;

import fr.aiguillage.contract.Signature.Signer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person, a referent, a published template and a finished plan, to write contracts with. */
final class ContractFixtures {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final LocalDate START = LocalDate.of(2026, 3, 16);
  static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID REFERENT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  static final UUID ORIENTATION = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  static final String PERSON_NAME = "Marie-Hélène DUPONT";
  static final String REFERENT_NAME = "Karim Benali";
  static final ContractAuthor AUTHOR = ContractAuthor.departement(REFERENT, REFERENT_NAME);

  private ContractFixtures() {}

  static ContractTemplate publishedTemplate() {
    ContractTemplate t =
        ContractTemplate.adopt(
            NationalTemplate.of(ContractKind.CONTRAT_ENGAGEMENT), 3, "admin-44", NOW);
    t.publish(TODAY, TODAY, "admin-44", NOW);
    return t;
  }

  static ContractTerm sixMonths() {
    return new ContractTerm(START, 6, null, START.plusMonths(3));
  }

  static ActionPlan finishedPlan() {
    PlannedAction search =
        new PlannedAction(
            "recherche-emploi",
            "Recherche d'emploi",
            ActionCategory.JOB_SEARCH,
            ActionParty.PERSON,
            null,
            START.plusMonths(2),
            15);
    return new ActionPlan(List.of(new Objective("Trouver un emploi", List.of(search))), 15, null);
  }

  static Contract draft() {
    return Contract.draft(
        PERSON,
        PERSON_NAME,
        ORIENTATION,
        publishedTemplate(),
        AUTHOR,
        sixMonths(),
        finishedPlan(),
        "referent-08",
        NOW);
  }

  static RenderedContract rendered(Contract c) {
    MergeValues values =
        new MergeValues(
            new MergeValues.Person("Mme", "DUPONT", "Marie-Hélène", null, List.of(), null),
            null,
            null,
            new MergeValues.Referent(REFERENT_NAME, null, null),
            null,
            null,
            c.content().term().mergeDates(),
            null);
    return ContractRenderer.render(publishedTemplate(), values, c.content().plan());
  }

  static Contract submitted() {
    Contract c = draft();
    c.submitForSignature(rendered(c), rendered(c).canonicalBytes(), "referent-08", NOW);
    return c;
  }

  static String hash(Contract c) {
    return c.signing().orElseThrow().documentSha256();
  }

  static SignatureConsent consent(Contract c, String typedName) {
    return new SignatureConsent(true, typedName, hash(c));
  }

  static Contract signed() {
    Contract c = submitted();
    c.signInPerson(Signer.REFERENT, REFERENT, consent(c, REFERENT_NAME), "referent-08", NOW);
    c.signInPerson(Signer.PERSON, PERSON, consent(c, PERSON_NAME), "referent-08", NOW);
    return c;
  }
}
