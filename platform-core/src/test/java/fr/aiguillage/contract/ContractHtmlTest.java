package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractHtmlTest {
  @Test
  void theTitleAndEveryHeadingUnderItGoDownTogether() {
    String html =
        "<article><h1>Contrat</h1>\n<section>\n<h2>Vos engagements</h2>\n<p>Le <hr/> reste,"
            + " &lt;h1&gt; aussi.</p><h3 class=\"x\">Objectif 1</h3></section></article>";
    assertThat(ContractHtml.headingsFrom(html, 3))
        .isEqualTo(
            "<article><h3>Contrat</h3>\n<section>\n<h4>Vos engagements</h4>\n<p>Le <hr/> reste,"
                + " &lt;h1&gt; aussi.</p><h5 class=\"x\">Objectif 1</h5></section></article>");
  }

  @Test
  void neverBelowSix() {
    assertThat(ContractHtml.headingsFrom("<h3>a</h3><h2>b</h2>", 5))
        .isEqualTo("<h6>a</h6><h6>b</h6>");
    assertThat(ContractHtml.headingsFrom("<h1>a</h1>", 1)).isEqualTo("<h1>a</h1>");
  }
}
