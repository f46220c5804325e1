package fr.aiguillage.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"01", "08", "59", "2A", "2b", "95", "971", "976"})
  void acceptsInseeDepartementCodes(String code) {
    assertThat(TenantCode.of(code).value()).isEqualTo(code.toUpperCase());
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "20", "96", "977", "8", "ABC", ""})
  void refusesOthers(String code) {
    assertThatThrownBy(() -> TenantCode.of(code))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("INSEE");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> TenantCode.of(null)).isInstanceOf(InvalidInputException.class);
  }
}
