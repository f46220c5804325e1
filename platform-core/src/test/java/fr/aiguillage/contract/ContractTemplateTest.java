package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A template goes draft → published (effective date) → archived, and refuses anything else. */
class ContractTemplateTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  static ContractTemplate draft() {
    return ContractTemplate.adopt(
        NationalTemplate.of(ContractKind.CONTRAT_ENGAGEMENT), 1, "admin-44", NOW);
  }

  static final List<TemplateSection> OWN_SECTIONS =
      List.of(new TemplateSection("Bienvenue", "Bonjour {{personne.prenoms}}."));

  @Test
  void adoptingTheNationalDefaultMakesADraftThatCarriesItsLegalMentions() {
    ContractTemplate t = draft();
    assertThat(t.status()).isEqualTo(ContractTemplate.Status.DRAFT);
    assertThat(t.kind()).isEqualTo(ContractKind.CONTRAT_ENGAGEMENT);
    assertThat(t.version()).isEqualTo(1);
    assertThat(t.createdBy()).isEqualTo("admin-44");
    assertThat(t.legalMentions())
        .isEqualTo(NationalTemplate.of(ContractKind.CONTRAT_ENGAGEMENT).legalMentions());
    assertThat(t.isInForceOn(TODAY)).isFalse();
  }

  @Test
  void aDraftIsRevisedButItsLegalMentionsStay() {
    ContractTemplate t = draft();
    List<String> mentions = t.legalMentions();
    t.reviseDraft("  Contrat d'engagement — Loire-Atlantique ", OWN_SECTIONS, "admin-2", NOW);
    assertThat(t.title()).isEqualTo("Contrat d'engagement — Loire-Atlantique");
    assertThat(t.sections()).isEqualTo(OWN_SECTIONS);
    assertThat(t.legalMentions()).isEqualTo(mentions);
    assertThat(t.createdBy()).isEqualTo("admin-2");
  }

  @Test
  void aRevisionWithAnUnknownFieldIsRefusedAndChangesNothing() {
    ContractTemplate t = draft();
    List<TemplateSection> before = t.sections();
    TemplateRejectedException refused =
        catchThrowableOfType(
            TemplateRejectedException.class,
            () ->
                t.reviseDraft(
                    "Contrat",
                    List.of(new TemplateSection("A", "Né le {{personne.naissance}}")),
                    "admin",
                    NOW));
    assertThat(refused.templateErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.describe()).startsWith("Section 1 « A », ligne 1, colonne 7"));
    assertThat(t.sections()).isEqualTo(before);
  }

  @Test
  void publishingSetsTheEffectiveDateAndTheTemplateIsInForceFromThatDay() {
    ContractTemplate t = draft();
    t.publish(TODAY.plusDays(10), TODAY, "admin", NOW);
    assertThat(t.status()).isEqualTo(ContractTemplate.Status.PUBLISHED);
    assertThat(t.effectiveFrom()).isEqualTo(TODAY.plusDays(10));
    assertThat(t.publishedBy()).isEqualTo("admin");
    assertThat(t.isInForceOn(TODAY.plusDays(9))).isFalse();
    assertThat(t.isInForceOn(TODAY.plusDays(10))).isTrue();
  }

  @Test
  void anEffectiveDateInThePastIsRefused() {
    ContractTemplate t = draft();
    assertThatThrownBy(() -> t.publish(TODAY.minusDays(1), TODAY, "admin", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ne peut pas être passée");
    assertThatThrownBy(() -> t.publish(null, TODAY, "admin", NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(t.status()).isEqualTo(ContractTemplate.Status.DRAFT);
  }

  @Test
  void aPublishedVersionIsNeitherRevisedNorPublishedAgain() {
    ContractTemplate t = draft();
    t.publish(TODAY, TODAY, "admin", NOW);
    assertThatThrownBy(() -> t.reviseDraft("Autre", OWN_SECTIONS, "admin", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Seul un brouillon peut être modifié ; la version 1 est publiée : créez une nouvelle"
                + " version.");
    assertThatThrownBy(() -> t.publish(TODAY, TODAY, "admin", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Seul un brouillon peut être publié ; la version 1 est publiée.");
  }

  @Test
  void onlyAPublishedVersionIsArchived() {
    ContractTemplate t = draft();
    assertThatThrownBy(() -> t.archive(NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Seule une version publiée peut être archivée ; la version 1 est un brouillon.");
    t.publish(TODAY, TODAY, "admin", NOW);
    t.archive(NOW.plusSeconds(60));
    assertThat(t.status()).isEqualTo(ContractTemplate.Status.ARCHIVED);
    assertThat(t.archivedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(t.isInForceOn(TODAY)).isFalse();
    assertThatThrownBy(() -> t.archive(NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageEndingWith("la version 1 est archivée.");
    assertThatThrownBy(() -> t.reviseDraft("Autre", OWN_SECTIONS, "admin", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("est archivée");
  }

  @Test
  void aNewVersionStartsFromThePreviousTextsAsADraft() {
    ContractTemplate v1 = draft();
    v1.reviseDraft("Contrat 44", OWN_SECTIONS, "admin", NOW);
    v1.publish(TODAY, TODAY, "admin", NOW);
    ContractTemplate v2 = v1.nextDraft(2, "admin", NOW);
    assertThat(v2.status()).isEqualTo(ContractTemplate.Status.DRAFT);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.id()).isNotEqualTo(v1.id());
    assertThat(v2.title()).isEqualTo("Contrat 44");
    assertThat(v2.sections()).isEqualTo(OWN_SECTIONS);
    assertThat(v2.legalMentions()).isEqualTo(v1.legalMentions());
    assertThatThrownBy(() -> v1.nextDraft(1, "admin", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("doit suivre la version 1");
  }
}
