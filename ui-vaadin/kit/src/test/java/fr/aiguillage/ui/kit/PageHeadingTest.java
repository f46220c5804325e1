package fr.aiguillage.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageHeadingTest {
  @Test
  void theTitleIsWhereTheTestsAndTheSkipLinkFindIt() {
    assertThat(PageHeading.title("À orienter").getId()).contains("page-title");
    assertThat(PageHeading.title("À orienter").getText()).isEqualTo("À orienter");
  }

  @Test
  void theExplanationKeepsItsId() {
    assertThat(PageHeading.explanation("queue-explanation", "Les plus anciens d'abord.").getId())
        .contains("queue-explanation");
  }
}
