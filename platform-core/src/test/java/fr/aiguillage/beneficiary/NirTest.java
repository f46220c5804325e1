package fr.aiguillage.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class NirTest {
  @Test
  void acceptsAValidNirWithSpacesAndKeepsItCompact() {
    Nir nir = Nir.parse("nir", "2 85 04 59 350 123 73");
    assertThat(nir.value()).isEqualTo("285045935012373");
    assertThat(nir.masked()).isEqualTo("28504 •• ••• ••• ••").doesNotContain("350123");
  }

  @Test
  void refusesAWrongKeyInFrench() {
    assertThatThrownBy(() -> Nir.parse("nir", "285045935012374"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("clé du NIR");
  }

  @Test
  void refusesAWrongShape() {
    assertThatThrownBy(() -> Nir.parse("nir", "12345"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("15 caractères");
    assertThatThrownBy(() -> Nir.parse("nir", "585045935012373"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void computesCorsicanKeysWith19And18() {
    String body = "185062A004123";
    int key = Nir.key(body);
    assertThat(key).isEqualTo(97 - (int) (Long.parseLong("1850619004123") % 97));
    assertThat(Nir.parse("nir", body + String.format("%02d", key)).value()).contains("2A");
  }
}
