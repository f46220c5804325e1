package fr.aiguillage.ui.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.vocabulary.Pathway;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalTextsTest {
  @Test
  void versionZeroIsTheNationalBase() {
    assertThat(ProposalTexts.criteriaVersion(0)).isEqualTo("Critères version 0 (socle national)");
    assertThat(ProposalTexts.criteriaVersion(3)).isEqualTo("Critères version 3");
  }

  @Test
  void storedCodesReadAsLabels() {
    assertThat(ProposalTexts.pathway("SOCIAL")).isEqualTo(Pathway.SOCIAL.label());
    assertThat(ProposalTexts.pathway("INCONNU")).isEqualTo("INCONNU");
    assertThat(ProposalTexts.kind(ProposalTexts.kind((String) null)))
        .isEqualTo(ProposalTexts.NO_KIND);
    assertThat(ProposalTexts.kind(Optional.empty())).isEqualTo(ProposalTexts.NO_KIND);
  }

  @Test
  void thePersonsLinkIsUnderTheBaseUrl() {
    assertThat(PersonalLinkPanel.url("https://aiguillage.fr/", "abc"))
        .isEqualTo("https://aiguillage.fr/mon-parcours/abc");
    assertThat(PersonalLinkPanel.url("http://localhost:9080", "abc"))
        .isEqualTo("http://localhost:9080/mon-parcours/abc");
  }
}
