package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.vocabulary.Pathway;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rendering escapes every value, shows a missing one, lays out the plan, and hashes stably. */
class ContractRendererTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  static MergeValues values() {
    return new MergeValues(
        new MergeValues.Person(
            "Madame",
            "Martin <script>alert(1)</script>",
            "Léa & Zoé",
            LocalDate.of(1985, 5, 3),
            List.of("3 rue des Lilas", " ", "44000 Nantes"),
            "1234567"),
        new MergeValues.Household("En couple", 2),
        new MergeValues.Orientation(
            Pathway.SOCIO_PROFESSIONAL, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4)),
        new MergeValues.Referent("Paul Durand", null, "02 40 00 00 00"),
        new MergeValues.Structure("CCAS de Nantes", List.of("1 place du Commerce")),
        "Projet d'aide-soignante.\n\nFreins : \"mobilité\".",
        new MergeValues.ContractDates(
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 6, 1)),
        new MergeValues.Departement("Loire-Atlantique", List.of("3 quai Ceineray", "Nantes")));
  }

  static ParsedTemplate template(String body) {
    return ParsedTemplate.parse(
        "Contrat <d'engagement>",
        List.of(new TemplateSection("Vous & nous", body)),
        List.of("Mention pour {{departement.nom}}."));
  }

  static ActionPlan plan() {
    LocalDate due = LocalDate.of(2026, 5, 15);
    return new ActionPlan(
        List.of(
            new Objective(
                "Se déplacer",
                List.of(
                    new PlannedAction(
                        "permis-conduire",
                        "Préparation du permis",
                        ActionCategory.MOBILITY,
                        ActionParty.PERSON,
                        null,
                        due,
                        6),
                    new PlannedAction(
                        null,
                        "Atelier <vélo>",
                        ActionCategory.MOBILITY,
                        ActionParty.PARTNER_SERVICE,
                        new PlannedAction.PartnerService(UUID.randomUUID(), "Vélo & Co"),
                        due,
                        4)))),
        10,
        "Soins en cours : 10 h possibles.");
  }

  static String body(String text) {
    return ContractRenderer.render(ContractKind.CER, 3, template(text), values(), plan())
        .sections()
        .get(0)
        .html();
  }

  @Test
  void everyMergedValueAndTheTemplatesOwnTextAreEscaped() {
    assertThat(body("<b>{{personne.prenoms}} {{personne.nom}}</b>"))
        .isEqualTo(
            "<p>&lt;b&gt;Léa &amp; Zoé Martin &lt;script&gt;alert(1)&lt;/script&gt;&lt;/b&gt;</p>\n");
  }

  @Test
  void aMissingValueIsShownWithItsLabel() {
    assertThat(body("Courriel : {{referent.courriel}}"))
        .isEqualTo(
            "<p>Courriel : <span class=\"non-renseigne\">[non renseigné : Courriel du"
                + " référent]</span></p>\n");
    MergeValues nothing = new MergeValues(null, null, null, null, null, " ", null, null);
    assertThat(MergeField.values()).allSatisfy(f -> assertThat(nothing.valueOf(f)).isEmpty());
  }

  @Test
  void datesPathwaysAndAddressesAreWrittenInFrench() {
    assertThat(
            body(
                "Né(e) le {{personne.date_naissance}}, {{personne.adresse}} ;"
                    + " {{orientation.parcours}} notifié le {{orientation.date_notification}}"))
        .isEqualTo(
            "<p>Né(e) le 3 mai 1985, 3 rue des Lilas, 44000 Nantes ; Parcours global"
                + " (socio-professionnel) notifié le 4 février 2026</p>\n");
  }

  @Test
  void blankLinesMakeParagraphsLinesBreaksAndDashesLists() {
    assertThat(body("Un\ndeux\n\n- a {{foyer.enfants_a_charge}}\n- b\n\n{{diagnostic.synthese}}"))
        .isEqualTo(
            "<p>Un<br />\ndeux</p>\n<ul>\n<li>a 2</li>\n<li>b</li>\n</ul>\n"
                + "<p>Projet d&#39;aide-soignante.</p>\n<p>Freins : &quot;mobilité&quot;.</p>\n");
  }

  @Test
  void theDocumentHoldsTheSectionsThePlanTableAndTheLegalMentions() {
    RenderedContract r =
        ContractRenderer.render(ContractKind.CER, 3, template("Texte."), values(), plan());
    assertThat(r.kind()).isEqualTo(ContractKind.CER);
    assertThat(r.templateVersion()).isEqualTo(3);
    assertThat(r.legalMentions()).containsExactly("<p>Mention pour Loire-Atlantique.</p>\n");
    assertThat(r.html())
        .startsWith(
            "<article class=\"contrat\" lang=\"fr\">\n<h1>Contrat &lt;d&#39;engagement&gt;</h1>")
        .contains("<h2>Vous &amp; nous</h2>")
        .contains("<h3>Objectif 1 : Se déplacer</h3>")
        .contains(
            "<tr><td>Préparation du permis</td><td>Mobilité</td><td>La personne</td>"
                + "<td>15 mai 2026</td><td>6 h</td></tr>")
        .contains("<td>Atelier &lt;vélo&gt;</td><td>Mobilité</td><td>Vélo &amp; Co</td>")
        .contains("Durée hebdomadaire d'activité : 10 heures ; actions prévues : 10 heures")
        .contains(
            "Dispense partielle de la durée de 15 heures. Motif : Soins en cours : 10 h possibles.")
        .contains("<h2>Mentions légales</h2>\n<p>Mention pour Loire-Atlantique.</p>")
        .endsWith("</section>\n</article>\n");
    assertThat(r.html().indexOf("Plan d'action")).isGreaterThan(r.html().indexOf("Vous &amp;"));
    assertThat(r.html().indexOf("Mentions légales")).isGreaterThan(r.html().indexOf("Objectif"));
  }

  @Test
  void anEmptyPlanSaysSo() {
    assertThat(ContractRenderer.actionPlan(ActionPlan.empty()))
        .contains("Aucune action n'est encore inscrite au plan.")
        .contains("Durée hebdomadaire d'activité : 15 heures ; actions prévues : 0 heures")
        .doesNotContain("Dispense");
  }

  @Test
  void theHashIsTheSha256OfTheDocumentAndFollowsAnyChange() {
    RenderedContract r =
        ContractRenderer.render(ContractKind.CER, 3, template("Texte."), values(), plan());
    RenderedContract same =
        ContractRenderer.render(ContractKind.CER, 3, template("Texte."), values(), plan());
    RenderedContract other =
        ContractRenderer.render(ContractKind.CER, 3, template("Texte !"), values(), plan());
    assertThat(r.sha256()).hasSize(64).matches("[0-9a-f]+").isEqualTo(same.sha256());
    assertThat(other.sha256()).isNotEqualTo(r.sha256());
    assertThat(RenderedContract.sha256("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aNationalDefaultRendersWithEveryFieldFilled() {
    ContractTemplate t =
        ContractTemplate.adopt(
            NationalTemplate.of(ContractKind.CONTRAT_ENGAGEMENT), 1, "admin", NOW);
    MergeValues v = values();
    MergeValues complete =
        new MergeValues(
            v.person(),
            v.household(),
            v.orientation(),
            new MergeValues.Referent("Paul Durand", "p.durand@example.fr", "02 40 00 00 00"),
            v.structure(),
            v.diagnosticSynthesis(),
            v.dates(),
            v.departement());
    String html = ContractRenderer.render(t, complete, plan()).html();
    assertThat(html)
        .doesNotContain("non renseigné")
        .doesNotContain("{{")
        .contains("notifiée le 4 février 2026")
        .contains("Le contrat prend effet le 1er mars 2026 et prend fin le 31 août 2026");
  }
}
