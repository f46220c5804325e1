package fr.aiguillage.intake;

import static fr.aiguillage.intake.CafFlowReaderTest.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.intake.FlowNames.Element;
import fr.aiguillage.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CafFlowNamesTest {
  @Test
  void theCafNamesByDefault() {
    FlowNames caf = FlowNames.caf();
    assertThat(caf.name(Element.HOUSEHOLD)).isEqualTo("InfosFoyerRSA");
    assertThat(caf.name(Element.RIGHTS_AND_DUTIES)).isEqualTo("TOPPERSDRODEVORSA");
    assertThat(caf.element("NUMCOM")).contains(Element.COMMUNE_INSEE);
    assertThat(caf.element("DTDEMRMI")).isEmpty();
  }

  @Test
  void aDepartementsOverridesAreReadFromKeyEqualsNameLines() {
    Map<String, String> overrides =
        FlowNames.parse("# noms du flux MSA\n\nMATRICULE = NUMALLOC\r\nInfosFoyerRSA=Foyer\n");
    assertThat(overrides)
        .containsExactly(Map.entry("MATRICULE", "NUMALLOC"), Map.entry("InfosFoyerRSA", "Foyer"));
    FlowNames msa = FlowNames.caf().with(overrides);
    assertThat(msa.name(Element.CAF_NUMBER)).isEqualTo("NUMALLOC");
    assertThat(msa.element("MATRICULE")).as("the CAF's name no longer counts").isEmpty();

    byte[] flow =
        ("<Flux><Foyer><NUMDEMRSA>A1</NUMDEMRSA><NUMALLOC>1234567</NUMALLOC>"
                + "<ETATDOSRSA>2</ETATDOSRSA>"
                + CafFlowTrapsTest.claimant()
                + "</Foyer></Flux>")
            .getBytes(StandardCharsets.UTF_8);
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(flow), msa)) {
      List<FlowHousehold> read = all(r);
      assertThat(read).hasSize(1);
      assertThat(read.get(0).cafNumber()).isEqualTo("1234567");
      assertThat(read.get(0).problems()).isEmpty();
    }
  }

  @Test
  void anUnknownKeyIsRefused() {
    assertThatThrownBy(() -> FlowNames.caf().with(Map.of("NUMALLOC", "MATRICULE")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "noms : Élément « NUMALLOC » inconnu : les clés sont les noms de la CAF (NUMDEMRSA,"
                + " MATRICULE, NOM…).");
  }

  @Test
  void anInvalidXmlNameIsRefused() {
    assertThatThrownBy(() -> FlowNames.caf().with(Map.of("NOM", "1NOM")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "noms : Nom « 1NOM » invalide pour NOM : un nom d'élément XML (lettres, chiffres, _ -"
                + " .), sans préfixe ni espace.");
    assertThatThrownBy(() -> FlowNames.caf().with(Map.of("NOM", "msa:NOM")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FlowNames.parse("MATRICULE NUMALLOC"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("noms : Ligne 1 : attendu CLÉ=NOM (ex. MATRICULE=NUMALLOC).");
  }

  @Test
  void oneNameForTwoElementsIsRefused() {
    assertThatThrownBy(() -> FlowNames.caf().with(Map.of("NOMNAI", "NOM")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("noms : Le nom « NOM » est donné à NOM et à NOMNAI.");
  }
}
