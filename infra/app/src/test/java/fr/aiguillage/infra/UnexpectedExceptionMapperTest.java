package fr.aiguillage.infra;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.shared.DatabaseRefusal;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {
  private static UnexpectedExceptionMapper.Described of(String state, String message) {
    return UnexpectedExceptionMapper.describe(
        DatabaseRefusal.of(new SQLException(message, state)).orElseThrow());
  }

  @Test
  void aValueTooLongIsA400OnItsColumn() {
    var d =
        of(
            "22001",
            "ERROR: value too long for type character varying(200) column \"address_line\"");
    assertThat(d.status()).isEqualTo(400);
    assertThat(d.field()).isEqualTo("addressLine");
    assertThat(d.message()).contains("longueur");
  }

  @Test
  void everyOtherRefusedValueIsStillA400NeverA500() {
    var d = of("22P02", "ERROR: invalid input syntax for type uuid: \"x\"");
    assertThat(d.status()).isEqualTo(400);
    assertThat(d.title()).isEqualTo("Saisie invalide");
    assertThat(d.field()).isEqualTo("body");
  }

  @Test
  void aDuplicateAnOverlapAndAnyOtherRuleBetweenRowsAre409() {
    assertThat(of("23505", "Key (tenant_id, caf_number)=(08, 1) already exists").status())
        .isEqualTo(409);
    assertThat(of("23505", "Key (tenant_id, caf_number)=(08, 1) already exists").field())
        .isEqualTo("cafNumber");
    assertThat(of("23P01", "conflicting key value violates exclusion constraint").message())
        .contains("chevauche");
    assertThat(of("23001", "restrict").status()).isEqualTo(409);
  }

  @Test
  void aMissingOrCheckedValueIsTheCallersInputA400() {
    assertThat(of("23502", "null value in column \"last_name\"").status()).isEqualTo(400);
    assertThat(of("23514", "violates check constraint").status()).isEqualTo(400);
  }
}
