package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The national defaults ship with the platform and parse with no unknown merge field. */
class NationalTemplateTest {
  @ParameterizedTest
  @EnumSource(ContractKind.class)
  void eachNationalDefaultParsesAndCitesItsArticles(ContractKind kind) {
    NationalTemplate t = NationalTemplate.of(kind);
    assertThat(t.kind()).isEqualTo(kind);
    ParsedTemplate parsed = ParsedTemplate.parse(t.title(), t.sections(), t.legalMentions());
    assertThat(parsed.sections()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(parsed.legalMentions()).isNotEmpty();
    assertThat(parsed.sections().stream().flatMap(s -> s.body().fields().stream()))
        .contains(
            MergeField.PERSON_LAST_NAME,
            MergeField.REFERENT_NAME,
            MergeField.STRUCTURE_NAME,
            MergeField.ORIENTATION_PATHWAY,
            MergeField.CONTRACT_START,
            MergeField.CONTRACT_END);
    String legal = String.join("\n", t.legalMentions());
    assertThat(legal)
        .contains(
            kind == ContractKind.CER
                ? "articles L. 262-35 ou L. 262-36 du code de l'action sociale et des familles"
                : "article L. 5411-6 du code du travail et de l'article L. 262-34");
  }

  @Test
  void theContratEngagementSaysTheFifteenHoursTheMonthAndTheSanction() {
    NationalTemplate t = NationalTemplate.of(ContractKind.CONTRAT_ENGAGEMENT);
    String all =
        String.join("\n", t.sections().stream().map(TemplateSection::body).toList())
            + String.join("\n", t.legalMentions());
    assertThat(all)
        .contains("au moins quinze heures par semaine")
        .contains("article D. 5411-14-1 du code du travail")
        .contains("article L. 262-37 du code de l'action sociale et des familles")
        .contains("L. 262-31");
    assertThat(ParsedTemplate.parse(t.title(), t.sections(), t.legalMentions()).sections())
        .extracting(ParsedTemplate.Section::heading)
        .contains(
            "Le plan d'action",
            "Les engagements de la personne",
            "Les engagements de l'organisme référent");
  }

  @Test
  void theCerKeepsTheContentTheFormerLawRequired() {
    String all =
        String.join(
            "\n",
            NationalTemplate.of(ContractKind.CER).sections().stream()
                .map(TemplateSection::body)
                .toList());
    assertThat(all)
        .contains("actes positifs et répétés de recherche d'emploi")
        .contains("zone géographique privilégiée et le niveau de salaire attendu");
    assertThat(String.join("\n", NationalTemplate.of(ContractKind.CER).legalMentions()))
        .contains("plus de deux offres raisonnables d'emploi");
  }
}
