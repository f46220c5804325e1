package fr.aiguillage.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.aiguillage.testing.PayloadJson;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The payload of {@code beneficiary.created/updated} as a file registered by an agent gives it: the
 * year and month of birth and the sex, never the name, the birth date nor the CAF number; the right
 * and the household stay out until a CAF flow tells them (CafFlowWriteTest, for the import's SQL).
 */
class BeneficiaryChangedTest {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void aRegisteredFileGivesItsBirthMonthAndSexButNoIdentity() {
    Beneficiary b =
        Beneficiary.register(
            UUID.randomUUID(),
            BeneficiaryDetails.validate(
                BeneficiaryDetailsTest.valid(),
                BeneficiaryDetailsTest.ARDENNES,
                BeneficiaryDetailsTest.TODAY),
            null,
            NOW);

    BeneficiaryChanged payload = BeneficiaryChanged.of(b, "08");
    JsonNode json = PayloadJson.of(payload);

    assertThat(payload.birthYear()).isEqualTo(1990);
    assertThat(payload.birthMonth()).isEqualTo(5);
    assertThat(payload.sex()).isEqualTo("F");
    assertThat(json.path("birthYear").asInt()).isEqualTo(1990);
    assertThat(json.path("birthMonth").asInt()).isEqualTo(5);
    assertThat(json.path("sex").asText()).isEqualTo("F");
    assertThat(json.has("hasPartner") || json.has("children") || json.has("rightState"))
        .as("no CAF flow yet: the household and the right are unknown, left out")
        .isFalse();
    assertThat(json.has("rightSuspended")).isFalse();
    assertThat(json.toString()).doesNotContain("Martin", "Léa", "1990-05-03", "1234567");
  }

  @Test
  void theSexIsTheCivilitysAndTheSuspensionTheRightsState() {
    assertThat(BeneficiaryChanged.sex(Civility.MONSIEUR)).isEqualTo("M");
    assertThat(BeneficiaryChanged.sex(Civility.MADAME)).isEqualTo("F");
    assertThat(BeneficiaryChanged.sex(null)).isNull();
    assertThat(BeneficiaryChanged.suspended(null, null)).as("nothing known").isNull();
    assertThat(BeneficiaryChanged.suspended(2, null)).isFalse();
    assertThat(BeneficiaryChanged.suspended(3, null)).isTrue();
    assertThat(BeneficiaryChanged.suspended(4, "AB")).isTrue();
    assertThat(BeneficiaryChanged.suspended(null, "06")).as("a reason without a state").isTrue();
    assertThat(BeneficiaryChanged.suspended(5, null)).isFalse();
  }
}
